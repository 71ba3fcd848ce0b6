#include "RenderServer.h"

#include "ImageRenderBackend.h"
#include "PdfExtractor.h"
#include "PdfRenderBackend.h"
#include "RenderBackend.h"
#include "helper/RenderProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtMath>

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace amanat {

namespace {

/** Standard input, read in blocks: lines of requests and the document's bytes. */
class Input
{
public:
    /** One '\n'-terminated line; false at end of input or when it is too long. */
    bool line(QByteArray &line)
    {
        for (;;) {
            const int newline = m_pending.indexOf('\n');
            if (newline >= 0) {
                line = m_pending.left(newline);
                m_pending.remove(0, newline + 1);
                return true;
            }
            if (m_pending.size() > render::kMaxLineBytes || !fill())
                return false;
        }
    }

    bool exactly(char *buffer, qint64 size)
    {
        qint64 done = qMin(size, qint64(m_pending.size()));
        std::memcpy(buffer, m_pending.constData(), std::size_t(done));
        m_pending.remove(0, qsizetype(done));
        while (done < size) {
            const ssize_t n = ::read(STDIN_FILENO, buffer + done, std::size_t(size - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

private:
    bool fill()
    {
        char buffer[65536];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        m_pending.append(buffer, qsizetype(n));
        return true;
    }

    QByteArray m_pending;
};

void send(const QJsonObject &answer, const QByteArray &payload = QByteArray())
{
    const QByteArray line = QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    if (!payload.isEmpty())
        std::fwrite(payload.constData(), 1, std::size_t(payload.size()), stdout);
    std::fflush(stdout);
}

QJsonObject failure(const QJsonValue &id, const QString &error)
{
    QJsonObject answer{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    if (!id.isUndefined())
        answer.insert(QStringLiteral("id"), id);
    return answer;
}

void serveRender(RenderBackend &backend, const QJsonObject &request, const QJsonValue &id)
{
    const int page = request.value(QStringLiteral("page")).toInt(-1);
    const QVector<QSizeF> sizes = backend.pageSizes();
    if (page < 0 || page >= sizes.size())
        return send(failure(id, QStringLiteral("no such page")));
    double scale = request.value(QStringLiteral("scale")).toDouble(1);
    if (!qIsFinite(scale) || scale <= 0)
        scale = 1;
    const QSizeF size = sizes.at(page);
    const double pixels = size.width() * scale * size.height() * scale;
    if (pixels > double(render::kMaxRenderPixels))
        scale *= qSqrt(double(render::kMaxRenderPixels) / pixels);
    QString error;
    QImage image = backend.render(page, scale, &error);
    if (image.isNull())
        return send(failure(id, error.isEmpty() ? QStringLiteral("the page is empty") : error));
    if (qint64(image.width()) * image.height() > render::kMaxRenderPixels * 2)
        return send(failure(id, QStringLiteral("the page is too large")));
    image = image.convertToFormat(QImage::Format_RGB888);
    QByteArray pixelsOut;
    const qsizetype rowBytes = qsizetype(image.width()) * 3;
    pixelsOut.reserve(rowBytes * image.height());
    for (int y = 0; y < image.height(); ++y)
        pixelsOut.append(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
    send(QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("ok"), true},
                     {QStringLiteral("width"), image.width()},
                     {QStringLiteral("height"), image.height()},
                     {QStringLiteral("bytes"), qint64(pixelsOut.size())}},
         pixelsOut);
}

void serveFind(RenderBackend &backend, const QJsonObject &request, const QJsonValue &id)
{
    const QString text = request.value(QStringLiteral("text")).toString();
    QJsonArray hits;
    if (!text.trimmed().isEmpty()) {
        for (const RenderBackend::SearchHit &hit : backend.find(text, render::kMaxFindHits)) {
            QJsonArray rects;
            for (const QRectF &r : hit.rects)
                rects.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
            hits.append(
                QJsonObject{{QStringLiteral("page"), hit.page}, {QStringLiteral("rects"), rects}});
        }
    }
    send(QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("ok"), true}, {QStringLiteral("hits"), hits}});
}

void serveText(RenderBackend &backend, const QJsonObject &request, const QJsonValue &id)
{
    const int page = request.value(QStringLiteral("page")).toInt(-1);
    if (page < 0 || page >= backend.pageSizes().size())
        return send(failure(id, QStringLiteral("no such page")));
    send(QJsonObject{{QStringLiteral("id"), id},
                     {QStringLiteral("ok"), true},
                     {QStringLiteral("text"), backend.text(page)}});
}

} // namespace

std::unique_ptr<RenderBackend> RenderBackend::open(const QByteArray &data, const QString &mime,
                                                   const QString &name, QString *error)
{
    if (PdfExtractor::looksLikePdf(data) || mime == QLatin1String("application/pdf") ||
        name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return PdfRenderBackend::open(data, error);
    return ImageRenderBackend::open(data, error);
}

int RenderServer::run()
{
    Input input;
    QByteArray line;
    if (!input.line(line)) {
        send(failure(QJsonValue::Undefined, QStringLiteral("the document did not arrive")));
        return 1;
    }
    const QJsonObject header = QJsonDocument::fromJson(line).object();
    const qint64 size = qint64(header.value(QStringLiteral("size")).toDouble(-1));
    if (size <= 0 || size > m_maxDocumentBytes) {
        send(failure(QJsonValue::Undefined, size <= 0
                                                ? QStringLiteral("the document is empty")
                                                : QStringLiteral("the document is too large")));
        return 1;
    }
    QByteArray data;
    data.resize(size);
    if (!input.exactly(data.data(), size)) {
        send(failure(QJsonValue::Undefined, QStringLiteral("the document did not arrive")));
        return 1;
    }
    QString error;
    std::unique_ptr<RenderBackend> backend =
        RenderBackend::open(data, header.value(QStringLiteral("mime")).toString(),
                            header.value(QStringLiteral("name")).toString(), &error);
    data.clear(); // the backend keeps its own (shared) reference
    if (!backend) {
        send(failure(QJsonValue::Undefined, error));
        return 1;
    }
    QJsonArray pages;
    for (const QSizeF &s : backend->pageSizes())
        pages.append(QJsonArray{s.width(), s.height()});
    send(QJsonObject{{QStringLiteral("ok"), true},
                     {QStringLiteral("type"), backend->type()},
                     {QStringLiteral("pages"), pages}});

    while (input.line(line)) {
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        const QString op = request.value(QStringLiteral("op")).toString();
        const QJsonValue id = request.value(QStringLiteral("id"));
        if (op == QLatin1String("quit"))
            break;
        if (op == QLatin1String("render"))
            serveRender(*backend, request, id);
        else if (op == QLatin1String("find"))
            serveFind(*backend, request, id);
        else if (op == QLatin1String("text"))
            serveText(*backend, request, id);
        else
            send(failure(id, QStringLiteral("unknown request")));
    }
    return 0;
}

} // namespace amanat
