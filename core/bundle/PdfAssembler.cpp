#include "PdfAssembler.h"

#include "common/FileUtil.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFSystemError.hh>
#include <qpdf/QPDFWriter.hh>

#include <QDateTime>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace amanat {

namespace {

struct Document
{
    QByteArray bytes; // qpdf reads from this buffer for as long as the QPDF lives
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;
};

std::unique_ptr<Document> load(const QByteArray &bytes, const std::string &description)
{
    auto doc = std::make_unique<Document>();
    doc->bytes = bytes;
    doc->pdf = std::make_unique<QPDF>();
    doc->pdf->setSuppressWarnings(true);
    doc->pdf->processMemoryFile(description.c_str(), doc->bytes.constData(),
                                std::size_t(doc->bytes.size()));
    QPDFPageDocumentHelper helper(*doc->pdf);
    helper.pushInheritedAttributesToPage();
    // Widget and other annotation appearances become page content; the annotations
    // themselves (forms, links, scripts, attachments) never reach the bundle.
    helper.flattenAnnotations();
    doc->pages = helper.getAllPages();
    return doc;
}

/** Takes off what images and forms of an original may carry besides their drawing: XMP
 *  metadata, application data, OPI links. */
void scrub(QPDF &pdf)
{
    for (QPDFObjectHandle object : pdf.getAllObjects()) {
        if (!object.isStream())
            continue;
        QPDFObjectHandle dict = object.getDict();
        QPDFObjectHandle subtype = dict.getKey("/Subtype");
        if (!subtype.isName() || (subtype.getName() != "/Image" && subtype.getName() != "/Form"))
            continue;
        for (const char *key : {"/Metadata", "/PieceInfo", "/OPI", "/LastModified"})
            dict.removeKey(key);
    }
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QPDFObjectHandle::Rectangle rectangle(const QRectF &rect)
{
    return QPDFObjectHandle::Rectangle(rect.left(), rect.top(), rect.right(), rect.bottom());
}

std::string number(double value)
{
    return QString::number(value, 'f', 4).toStdString();
}

QString pdfDate(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
    return QStringLiteral("D:") + time.toString(QStringLiteral("yyyyMMddHHmmss")) +
           QStringLiteral("Z");
}

QPDFObjectHandle destination(QPDFObjectHandle page, bool fullZoom = false)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(page);
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newNull());
    dest.appendItem(QPDFObjectHandle::newNull());
    dest.appendItem(fullZoom ? QPDFObjectHandle::newInteger(1) : QPDFObjectHandle::newNull());
    return dest;
}

/** qpdf's output into a file, every write checked: qpdf's own stdio output can lose the
 *  last buffered bytes to a full disk without a word. */
class CheckedFile : public Pipeline
{
public:
    explicit CheckedFile(const QString &path) : Pipeline("bundle file", nullptr), m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw QPDFSystemError(m_file.fileName().toStdString(), errno);
    }

    void write(unsigned char const *data, size_t len) override
    {
        errno = 0;
        if (m_file.write(reinterpret_cast<const char *>(data), qint64(len)) != qint64(len))
            throw QPDFSystemError(m_file.fileName().toStdString(), errno ? errno : EIO);
    }

    void finish() override
    {
        errno = 0;
        if (!m_file.flush())
            throw QPDFSystemError(m_file.fileName().toStdString(), errno ? errno : EIO);
    }

private:
    QFile m_file;
};

/** Writes @p pdf as configured by @p setUp into @p path, checking every byte written. */
void writeChecked(QPDF &pdf, const QString &path, const std::function<void(QPDFWriter &)> &setUp)
{
    CheckedFile file(path);
    QPDFWriter writer(pdf);
    writer.setOutputPipeline(&file);
    setUp(writer);
    writer.write();
}

} // namespace

struct PdfAssembler::Private
{
    std::vector<std::unique_ptr<Document>> sources;
    std::unique_ptr<Document> generated;
    std::unique_ptr<Document> stamps;
};

PdfAssembler::PdfAssembler() : d(std::make_unique<Private>()) {}
PdfAssembler::~PdfAssembler() = default;

Result<int> PdfAssembler::addSource(const QByteArray &pdf, const QString &what)
{
    try {
        auto doc = load(pdf, "exhibit");
        if (doc->pdf->isEncrypted())
            return makeError(ErrorCode::Unsupported,
                             tr("%1 is an encrypted PDF; courts do not accept encrypted "
                                "documents. Import an unlocked copy.")
                                 .arg(what));
        scrub(*doc->pdf);
        d->sources.push_back(std::move(doc));
        return int(d->sources.size() - 1);
    } catch (const std::exception &error) {
        return makeError(ErrorCode::Corrupt, tr("%1 could not be read as a PDF (%2).")
                                                 .arg(what, QString::fromLocal8Bit(error.what())));
    }
}

Status PdfAssembler::replaceImages(int source, const QVector<ReencodedImage> &images)
{
    try {
        QPDF &pdf = *d->sources.at(std::size_t(source))->pdf;
        for (const ReencodedImage &image : images) {
            QPDFObjectHandle object = pdf.getObjectByID(image.object, image.generation);
            if (!object.isStream())
                continue;
            QPDFObjectHandle dict = object.getDict();
            QPDFObjectHandle subtype = dict.getKey("/Subtype");
            if (!subtype.isName() || subtype.getName() != "/Image")
                continue;
            QPDFObjectHandle width = dict.getKey("/Width");
            QPDFObjectHandle height = dict.getKey("/Height");
            if (!width.isInteger() || !height.isInteger() || width.getIntValue() != image.width ||
                height.getIntValue() != image.height)
                continue; // not the image the helper read: leave it to the leak check
            object.replaceStreamData(image.jpeg.toStdString(),
                                     QPDFObjectHandle::newName("/DCTDecode"),
                                     QPDFObjectHandle::newNull());
            dict.removeKey("/DecodeParms");
            dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
            if (image.components == 1)
                dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceGray"));
            else if (image.components == 3)
                dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName("/DeviceRGB"));
        }
        return {};
    } catch (const std::exception &error) {
        return makeError(ErrorCode::Internal, tr("An image of an original could not be replaced "
                                                 "(%1).")
                                                  .arg(QString::fromLocal8Bit(error.what())));
    }
}

int PdfAssembler::pageCount(int source) const
{
    return int(d->sources.at(std::size_t(source))->pages.size());
}

QSizeF PdfAssembler::pageSize(int source, int page) const
{
    try {
        QPDFPageObjectHelper helper =
            d->sources.at(std::size_t(source))->pages.at(std::size_t(page));
        const auto box = helper.getTrimBox().getArrayAsRectangle();
        QSizeF size(qAbs(box.urx - box.llx), qAbs(box.ury - box.lly));
        QPDFObjectHandle rotate = helper.getObjectHandle().getKey("/Rotate");
        const int degrees = rotate.isInteger() ? int(rotate.getIntValue()) : 0;
        if (((degrees % 360) + 360) % 180 == 90)
            size.transpose();
        if (size.width() < 1 || size.height() < 1)
            return QSizeF(595.276, 841.89);
        return size;
    } catch (const std::exception &) {
        return QSizeF(595.276, 841.89);
    }
}

Status PdfAssembler::setGenerated(const QByteArray &pdf)
{
    try {
        d->generated = load(pdf, "generated pages");
        return {};
    } catch (const std::exception &error) {
        return makeError(ErrorCode::Internal, tr("The generated pages could not be read (%1).")
                                                  .arg(QString::fromLocal8Bit(error.what())));
    }
}

Status PdfAssembler::setStamps(const QByteArray &pdf)
{
    try {
        d->stamps = load(pdf, "page stamps");
        return {};
    } catch (const std::exception &error) {
        return makeError(ErrorCode::Internal, tr("The page stamps could not be read (%1).")
                                                  .arg(QString::fromLocal8Bit(error.what())));
    }
}

Status PdfAssembler::writePart(const BundleLayout &layout, const QVector<BundlePart> &parts,
                               int which, const QString &path, const BundleDocumentInfo &info)
{
    const BundlePart &part = parts.at(which);
    try {
        QPDF out;
        out.emptyPDF();
        QPDFPageDocumentHelper pagesOut(out);
        std::vector<QPDFObjectHandle> pageObjects;
        for (int position = 0; position < part.pages.size(); ++position) {
            const int index = part.pages.at(position);
            const BundlePage &page = layout.pages.at(index);
            const int generated =
                position == 0 && part.cover >= 0 ? part.cover : page.generatedIndex;
            const QRectF box(0, 0, page.size.width(), page.size.height());
            QPDFObjectHandle mediaBox = QPDFObjectHandle::newFromRectangle(rectangle(box));
            QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
            QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
            QPDFObjectHandle pageDict = QPDFObjectHandle::newDictionary();
            pageDict.replaceKey("/Type", QPDFObjectHandle::newName("/Page"));
            pageDict.replaceKey("/MediaBox", mediaBox);
            pageDict.replaceKey("/Resources", resources);
            pageDict = out.makeIndirectObject(pageDict);
            QPDFPageObjectHelper helper(pageDict);

            std::string content;
            if (page.raster >= 0) {
                const PageRaster &raster = layout.rasters.at(page.raster);
                QPDFObjectHandle image = QPDFObjectHandle::newStream(
                    &out, std::string(raster.jpeg.constData(), std::size_t(raster.jpeg.size())));
                QPDFObjectHandle dict = image.getDict();
                dict.replaceKey("/Type", QPDFObjectHandle::newName("/XObject"));
                dict.replaceKey("/Subtype", QPDFObjectHandle::newName("/Image"));
                dict.replaceKey("/Width", QPDFObjectHandle::newInteger(raster.pixels.width()));
                dict.replaceKey("/Height", QPDFObjectHandle::newInteger(raster.pixels.height()));
                dict.replaceKey("/ColorSpace", QPDFObjectHandle::newName(
                                                   raster.grey ? "/DeviceGray" : "/DeviceRGB"));
                dict.replaceKey("/BitsPerComponent", QPDFObjectHandle::newInteger(8));
                dict.replaceKey("/Filter", QPDFObjectHandle::newName("/DCTDecode"));
                xobjects.replaceKey("/Im0", image);
                content += "q " + number(raster.rect.width()) + " 0 0 " +
                           number(raster.rect.height()) + " " + number(raster.rect.left()) + " " +
                           number(raster.rect.top()) + " cm /Im0 Do Q\n";
            }
            if (page.sourceDocument >= 0) {
                Document &source = *d->sources.at(std::size_t(page.sourceDocument));
                QPDFObjectHandle form = out.copyForeignObject(
                    source.pages.at(std::size_t(page.sourcePage)).getFormXObjectForPage());
                xobjects.replaceKey("/Fx0", form);
                content += helper.placeFormXObject(form, "/Fx0", rectangle(page.contentRect), true,
                                                   true, true) +
                           "\n";
            }
            if (generated >= 0) {
                QPDFObjectHandle form = out.copyForeignObject(
                    d->generated->pages.at(std::size_t(generated)).getFormXObjectForPage());
                xobjects.replaceKey("/Fg0", form);
                content += helper.placeFormXObject(form, "/Fg0", rectangle(box)) + "\n";
            }
            {
                QPDFObjectHandle form = out.copyForeignObject(
                    d->stamps->pages.at(std::size_t(index)).getFormXObjectForPage());
                xobjects.replaceKey("/Fs0", form);
                content += helper.placeFormXObject(form, "/Fs0", rectangle(box)) + "\n";
            }
            pageDict.replaceKey("/Contents", QPDFObjectHandle::newStream(&out, content));
            pagesOut.addPage(helper, false);
            pageObjects.push_back(pageDict);
        }

        // Links from the index: to a page of this part, or into the file of the part that
        // holds it.
        for (int position = 0; position < part.pages.size(); ++position) {
            const BundlePage &page = layout.pages.at(part.pages.at(position));
            if (page.links.isEmpty())
                continue;
            QPDFObjectHandle annots = QPDFObjectHandle::newArray();
            for (const PageLink &link : page.links) {
                QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
                annot.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
                annot.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
                annot.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle(rectangle(link.rect)));
                QPDFObjectHandle border = QPDFObjectHandle::newArray();
                for (int i = 0; i < 3; ++i)
                    border.appendItem(QPDFObjectHandle::newInteger(0));
                annot.replaceKey("/Border", border);
                const int here = part.positionOf(link.targetPage);
                const auto holder =
                    std::find_if(parts.cbegin(), parts.cend(), [&](const BundlePart &other) {
                        return other.owns(link.targetPage);
                    });
                if (here >= 0) {
                    annot.replaceKey("/Dest", destination(pageObjects.at(std::size_t(here))));
                } else if (holder != parts.cend()) {
                    QPDFObjectHandle action = QPDFObjectHandle::newDictionary();
                    action.replaceKey("/S", QPDFObjectHandle::newName("/GoToR"));
                    action.replaceKey("/F", QPDFObjectHandle::newUnicodeString(utf8(holder->file)));
                    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
                    dest.appendItem(
                        QPDFObjectHandle::newInteger(holder->positionOf(link.targetPage)));
                    dest.appendItem(QPDFObjectHandle::newName("/Fit"));
                    action.replaceKey("/D", dest);
                    annot.replaceKey("/A", action);
                } else {
                    continue;
                }
                annots.appendItem(out.makeIndirectObject(annot));
            }
            pageObjects.at(std::size_t(position)).replaceKey("/Annots", annots);
        }

        QPDFObjectHandle root = out.getRoot();

        // Outline: sections with their exhibits beneath, each pointing at its first page.
        QPDFObjectHandle outlines = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        std::vector<QPDFObjectHandle> topLevel;
        std::vector<std::vector<QPDFObjectHandle>> children;
        for (const OutlineEntry &entry : part.outline) {
            if (entry.page < 0 || entry.page >= int(pageObjects.size()))
                continue;
            QPDFObjectHandle item = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
            item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(entry.title)));
            item.replaceKey("/Dest", destination(pageObjects.at(std::size_t(entry.page))));
            if (entry.level == 0 || topLevel.empty()) {
                topLevel.push_back(item);
                children.emplace_back();
            } else {
                children.back().push_back(item);
            }
        }
        auto link = [](std::vector<QPDFObjectHandle> &items, QPDFObjectHandle parent) {
            for (std::size_t i = 0; i < items.size(); ++i) {
                items[i].replaceKey("/Parent", parent);
                if (i > 0)
                    items[i].replaceKey("/Prev", items[i - 1]);
                if (i + 1 < items.size())
                    items[i].replaceKey("/Next", items[i + 1]);
            }
            if (!items.empty()) {
                parent.replaceKey("/First", items.front());
                parent.replaceKey("/Last", items.back());
            }
        };
        link(topLevel, outlines);
        int total = int(topLevel.size());
        for (std::size_t i = 0; i < topLevel.size(); ++i) {
            link(children[i], topLevel[i]);
            if (!children[i].empty()) {
                topLevel[i].replaceKey("/Count",
                                       QPDFObjectHandle::newInteger(qint64(children[i].size())));
                total += int(children[i].size());
            }
        }
        outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(total));
        root.replaceKey("/Outlines", outlines);
        root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));

        // Page labels equal to the stamped numbers.
        QPDFObjectHandle nums = QPDFObjectHandle::newArray();
        for (int position = 0; position < part.pages.size(); ++position) {
            nums.appendItem(QPDFObjectHandle::newInteger(position));
            QPDFObjectHandle label = QPDFObjectHandle::newDictionary();
            label.replaceKey("/P", QPDFObjectHandle::newUnicodeString(
                                       utf8(layout.bates.at(part.pages.at(position)))));
            nums.appendItem(label);
        }
        QPDFObjectHandle labels = QPDFObjectHandle::newDictionary();
        labels.replaceKey("/Nums", nums);
        root.replaceKey("/PageLabels", labels);

        // Opens on the first page at 100 %.
        root.replaceKey("/OpenAction", destination(pageObjects.front(), true));

        QPDFObjectHandle infoDict = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        infoDict.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(info.title)));
        infoDict.replaceKey("/Producer", QPDFObjectHandle::newUnicodeString(utf8(info.producer)));
        infoDict.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString(utf8(info.producer)));
        const std::string date = utf8(pdfDate(info.createdUtc));
        infoDict.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        infoDict.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
        out.getTrailer().replaceKey("/Info", infoDict);

        writeChecked(out, path, [](QPDFWriter &writer) {
            writer.setObjectStreamMode(qpdf_o_generate);
            writer.setCompressStreams(true);
            writer.setDeterministicID(true);
        });
        return {};
    } catch (const QPDFSystemError &error) {
        return fileError(error.getErrno(), path);
    } catch (const std::exception &error) {
        return makeError(ErrorCode::Io, tr("The bundle PDF could not be written (%1).")
                                            .arg(QString::fromLocal8Bit(error.what())));
    }
}

Status PdfAssembler::writeEncryptedCopy(const QString &source, const QString &destination,
                                        const SecureBuffer &password)
{
    try {
        QPDF pdf;
        pdf.processFile(QFile::encodeName(source).constData());
        const std::string secret(reinterpret_cast<const char *>(password.data()),
                                 std::size_t(password.size()));
        writeChecked(pdf, destination, [&secret](QPDFWriter &writer) {
            writer.setObjectStreamMode(qpdf_o_generate);
            writer.setR6EncryptionParameters(secret.c_str(), secret.c_str(), true, true, true,
                                             false, false, false, qpdf_r3p_full, true);
        });
        return {};
    } catch (const QPDFSystemError &error) {
        return fileError(error.getErrno(), destination);
    } catch (const std::exception &error) {
        return makeError(ErrorCode::Io, tr("The transport copy could not be written (%1).")
                                            .arg(QString::fromLocal8Bit(error.what())));
    }
}

} // namespace amanat
