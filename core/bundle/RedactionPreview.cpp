#include "RedactionPreview.h"

#include "RasterClient.h"
#include "RedactionReview.h"
#include "library/Library.h"
#include "helper/OcrLanguages.h"

namespace amanat {

Result<RasterPage> RedactionPreview::page(Library &library, qint64 itemId, int page,
                                          qint64 dossierId, Mode mode, const QString &helperPath,
                                          int timeoutSeconds)
{
    auto job = prepare(library, itemId, page, dossierId, mode);
    if (!job.ok())
        return job.error();
    return run(*job, helperPath, timeoutSeconds);
}

Result<RedactionPreview::Job> RedactionPreview::prepare(Library &library, qint64 itemId, int page,
                                                        qint64 dossierId, Mode mode)
{
    auto item = library.items().get(itemId);
    if (!item.ok())
        return item.error();
    const QString mime = item->original.mime;
    if (!item->original.present ||
        (mime != QLatin1String("application/pdf") && !mime.startsWith(QLatin1String("image/"))))
        return makeError(
            ErrorCode::InvalidInput,
            tr("Item %1 has no pages to preview (it is not a PDF or an image).").arg(itemId));
    if (page < 1)
        return makeError(ErrorCode::InvalidInput, tr("Pages are numbered from 1."));
    auto redactions = library.redactions().forItem(itemId);
    if (!redactions.ok())
        return redactions.error();
    QVector<RedactionTerm> terms;
    if (dossierId > 0) {
        auto dossierTerms = RedactionReview::dossierTerms(library, dossierId);
        if (!dossierTerms.ok())
            return dossierTerms.error();
        terms = *dossierTerms;
    } else {
        auto personTerms = library.persons().terms(0);
        if (!personTerms.ok())
            return personTerms.error();
        terms = *personTerms;
        for (const Redaction &r : std::as_const(*redactions))
            if (r.kind == Redaction::Kind::Text)
                RedactionTerms::merge(
                    terms, RedactionTerms::forText(r.text, RedactionReview::tr("text redaction")));
    }
    RasterRequest request;
    request.mime = mime;
    request.terms = terms;
    for (const Redaction &r : std::as_const(*redactions)) {
        if (r.kind == Redaction::Kind::Rect)
            request.areas.append(PageArea{r.page, r.area});
        else if (r.kind == Redaction::Kind::Keep)
            request.keeps.append(PageArea{r.page, r.area});
    }
    QStringList material;
    auto libraryLanguages = library.extractions().defaultOcrLanguages();
    if (libraryLanguages.ok())
        material += libraryLanguages->split(QLatin1Char('+'), Qt::SkipEmptyParts);
    auto info = library.extractions().info(itemId);
    if (info.ok() && *info)
        material += (*info)->ocrLanguages.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    QStringList missing;
    request.languageGroups =
        OcrLanguages::groupsFor(terms, material, OcrLanguages::installed(), &missing);
    request.firstPage = page;
    request.lastPage = page;
    request.allPages = true;
    request.propose = mode == Mode::Proposed;
    request.png = true;
    request.dpi = 300;
    auto device = library.blobs().open(itemId);
    if (!device.ok())
        return device.error();
    Job job{request, (*device)->readAll(), tr("item %1").arg(itemId)};
    if (job.original.size() != item->original.size)
        return makeError(ErrorCode::Corrupt,
                         tr("The original of item %1 could not be read in full.").arg(itemId));
    return job;
}

Result<RasterPage> RedactionPreview::run(const Job &job, const QString &helperPath,
                                         int timeoutSeconds)
{
    auto result = RasterClient(helperPath, timeoutSeconds).run(job.request, job.original, job.what);
    if (!result.ok())
        return result.error();
    if (result->pages.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 has no page %2.").arg(job.what).arg(job.request.firstPage));
    return result->pages.first();
}

} // namespace amanat
