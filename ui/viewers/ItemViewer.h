#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace amanat {
class Library;
}

namespace amanat::ui {

class ImageViewer;
class MediaViewer;
class PdfViewer;
class TestimonyViewer;
class TextViewer;

/** Shows one item with the viewer its kind and file type call for — PDF, image or scan,
 *  video or audio, testimony, or the extracted text — in a stack. Everything is read from
 *  the encrypted library through the core; untrusted documents and images are parsed by
 *  the render helper, never in this process. The library must stay open while an item is
 *  shown: call clear() before it locks. */
class ItemViewer : public QWidget
{
    Q_OBJECT

public:
    explicit ItemViewer(QWidget *parent = nullptr);
    ~ItemViewer() override;

    /** @p page: from 1, the page of a search hit in a paged document; 0 for the first. */
    /** Shows @p itemId; a PDF at @p page, a recording at the passage of its transcript that
     *  speaks of @p searchText (both: where a search hit is). */
    void setItem(amanat::Library *library, qint64 itemId, int page = 0,
                 const QString &searchText = {});
    /** Drops every rendered page, decoded image, media source and text (called on lock);
     *  a pending transcript edit is saved first. */
    void clear();

    qint64 itemId() const { return m_itemId; }

private:
    void showMessage(const QString &message);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    PdfViewer *m_pdf = nullptr;
    ImageViewer *m_image = nullptr;
    MediaViewer *m_media = nullptr;
    TestimonyViewer *m_testimony = nullptr;
    TextViewer *m_text = nullptr;
    amanat::Library *m_library = nullptr;
    qint64 m_itemId = 0;
};

} // namespace amanat::ui
