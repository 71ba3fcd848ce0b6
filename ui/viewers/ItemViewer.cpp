#include "ItemViewer.h"

#include "ImageViewer.h"
#include "MediaViewer.h"
#include "PdfViewer.h"
#include "TestimonyViewer.h"
#include "TextViewer.h"
#include "library/Library.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace amanat::ui {

namespace {

enum class ViewerKind
{
    Pdf,
    Image,
    Video,
    Audio,
    Testimony,
    Text
};

ViewerKind viewerFor(const Item &item, const std::optional<ExtractionInfo> &extraction)
{
    if (item.kind == QLatin1String("testimony"))
        return ViewerKind::Testimony;
    if (!item.original.present)
        return ViewerKind::Text;
    const QString mime = item.original.mime;
    const QString name = item.original.name.toLower();
    if (mime == QLatin1String("application/pdf") || name.endsWith(QLatin1String(".pdf")))
        return ViewerKind::Pdf;
    if (mime.startsWith(QLatin1String("image/")))
        return ViewerKind::Image;
    const bool hasVideo = extraction && extraction->metadata.contains(QStringLiteral("has_video"))
                              ? extraction->metadata.value(QStringLiteral("has_video")).toBool()
                              : !mime.startsWith(QLatin1String("audio/"));
    if (mime.startsWith(QLatin1String("video/")) || mime.startsWith(QLatin1String("audio/")) ||
        item.kind == QLatin1String("video") || item.kind == QLatin1String("audio"))
        return hasVideo && item.kind != QLatin1String("audio") ? ViewerKind::Video
                                                               : ViewerKind::Audio;
    return ViewerKind::Text;
}

} // namespace

ItemViewer::ItemViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("itemViewer"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("itemViewerMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_pdf = new PdfViewer(this);
    m_image = new ImageViewer(this);
    m_media = new MediaViewer(this);
    m_testimony = new TestimonyViewer(this);
    m_text = new TextViewer(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("itemViewerStack"));
    for (QWidget *page : {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_pdf),
                          static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_media),
                          static_cast<QWidget *>(m_testimony), static_cast<QWidget *>(m_text)})
        m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

ItemViewer::~ItemViewer() = default;

void ItemViewer::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

void ItemViewer::clear()
{
    m_testimony->clear(); // saves a pending transcript edit while the library is still open
    m_pdf->clear();
    m_image->clear();
    m_media->clear();
    m_text->clear();
    m_library = nullptr;
    m_itemId = 0;
    showMessage(tr("No item selected."));
}

void ItemViewer::setItem(amanat::Library *library, qint64 itemId, int page,
                         const QString &searchText)
{
    clear();
    if (!library || itemId <= 0)
        return;
    auto item = library->items().get(itemId);
    if (!item.ok()) {
        showMessage(item.error().message);
        return;
    }
    m_library = library;
    m_itemId = itemId;
    auto extraction = library->extractions().info(itemId);
    const std::optional<ExtractionInfo> info =
        extraction.ok() ? *extraction : std::optional<ExtractionInfo>();
    const QString mime = item->original.mime;
    const QString name = item->original.name;
    switch (viewerFor(*item, info)) {
    case ViewerKind::Pdf:
        m_pdf->open(*library, itemId, mime, name, page);
        m_stack->setCurrentWidget(m_pdf);
        break;
    case ViewerKind::Image:
        m_image->open(*library, itemId, mime, name);
        m_stack->setCurrentWidget(m_image);
        break;
    case ViewerKind::Video:
    case ViewerKind::Audio:
        m_media->open(*library, itemId, mime, name, viewerFor(*item, info) == ViewerKind::Video, 0,
                      info);
        if (!searchText.isEmpty())
            m_media->showPassage(searchText);
        m_stack->setCurrentWidget(m_media);
        break;
    case ViewerKind::Testimony:
        m_testimony->open(*library, itemId);
        m_stack->setCurrentWidget(m_testimony);
        break;
    case ViewerKind::Text:
        m_text->open(*library, itemId);
        m_stack->setCurrentWidget(m_text);
        break;
    }
}

} // namespace amanat::ui
