// The "Redact area" tool of the PDF and image viewers, through ItemViewer over a library
// imported through the real path: a drag on a page saves a rect redaction (page, fractions of
// the unrotated page) through the repository, logged; the overlay draws it over the page
// without touching the rendered pixmap; its context menu removes it. Set
// AMANAT_REDACTION_SHOT=/path.png to keep a picture of the PDF viewer with a box drawn.

#include "../extract/ExtractTestData.h"
#include "ViewerTestLibrary.h"
#include "viewers/ItemViewer.h"
#include "viewers/PdfPageWidget.h"
#include "viewers/RedactionOverlay.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QToolButton>

using namespace amanat;
using namespace amanat::test;
using namespace amanat::testdata;
using amanat::ui::ItemViewer;
using amanat::ui::PdfPageWidget;
using amanat::ui::RedactionOverlay;

namespace {

const QStringList kPdfPages = {
    QStringLiteral("First page: the informant met us near the checkpoint."),
    QStringLiteral("Second page with the names of the officers."),
};

QList<PdfPageWidget *> pagesOf(const QWidget &viewer)
{
    QList<PdfPageWidget *> pages = viewer.findChildren<PdfPageWidget *>();
    std::sort(pages.begin(), pages.end(),
              [](PdfPageWidget *a, PdfPageWidget *b) { return a->page() < b->page(); });
    return pages;
}

QPoint at(const QWidget *widget, double fx, double fy)
{
    return QPoint(qRound(fx * widget->width()), qRound(fy * widget->height()));
}

void drag(QWidget *surface, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(surface, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(surface, (from + to) / 2);
    QTest::mouseMove(surface, to);
    QTest::mouseRelease(surface, Qt::LeftButton, Qt::NoModifier, to);
}

bool near(const QRectF &a, const QRectF &b, double tolerance = 0.02)
{
    return qAbs(a.x() - b.x()) < tolerance && qAbs(a.y() - b.y()) < tolerance &&
           qAbs(a.width() - b.width()) < tolerance && qAbs(a.height() - b.height()) < tolerance;
}

QString describe(const QRectF &r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString describe(const QRect &r)
{
    return describe(QRectF(r));
}

/** Mean grey level of @p area (logical pixels) of @p image, whatever its pixel ratio. */
double meanGray(const QImage &image, const QRect &area)
{
    const QRect pixels(QPointF(area.topLeft() * image.devicePixelRatio()).toPoint(),
                       (QSizeF(area.size()) * image.devicePixelRatio()).toSize());
    const QRect clipped = pixels & image.rect();
    double sum = 0;
    int n = 0;
    for (int y = clipped.top(); y <= clipped.bottom(); y += 2)
        for (int x = clipped.left(); x <= clipped.right(); x += 2, ++n)
            sum += qGray(image.pixel(x, y));
    return n ? sum / n : -1;
}

} // namespace

class TestViewersRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto created = Library::create(m_dir.filePath(QStringLiteral("Lib")),
                                       secretOf("correct horse battery"),
                                       QStringLiteral("tst_redaction"), Library::StarterTags::None);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_library = std::move(created->library);

        QDir(m_dir.path()).mkdir(QStringLiteral("in"));
        const QString pdf = m_dir.filePath(QStringLiteral("in/statement.pdf"));
        const QString scan = m_dir.filePath(QStringLiteral("in/scan.png"));
        QVERIFY(writeFile(pdf, textPdf(kPdfPages, QStringLiteral("Statement"))));
        QVERIFY(writeFile(
            scan,
            encodeImage(renderText(kEnglishLines, QStringLiteral("DejaVu Sans"), 12), "PNG")));
        const auto ids = importFiles(*m_library, {pdf, scan});
        QCOMPARE(ids.size(), 2);
        m_pdfId = ids.value(pdf);
        m_scanId = ids.value(scan);
        QVERIFY(m_pdfId > 0 && m_scanId > 0);
    }

    void init()
    {
        m_viewer = std::make_unique<ItemViewer>();
        m_viewer->resize(1100, 800);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    }

    void cleanup()
    {
        m_viewer->clear();
        m_viewer.reset();
    }

    void pdfDragSavesDrawsAndRemoves()
    {
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 2, 30000);
        PdfPageWidget *page = pagesOf(*m_viewer).at(0);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasPixmap(), 30000);
        auto *overlay =
            m_viewer->findChild<RedactionOverlay *>(QStringLiteral("pdfRedactionOverlay"));
        auto *tool = m_viewer->findChild<QToolButton *>(QStringLiteral("pdfRedactAreaButton"));
        QVERIFY(overlay && tool);
        QVERIFY(tool->isVisible() && tool->isEnabled() && tool->isCheckable());
        QVERIFY(tool->toolTip().contains(QStringLiteral("the original is not changed")));

        // With the tool off a drag draws nothing.
        const QPoint from = at(page, 0.2, 0.25);
        const QPoint to = at(page, 0.6, 0.40);
        drag(page, from, to);
        QCOMPARE(rectsOf(m_pdfId).size(), 0);

        QTest::mouseClick(tool, Qt::LeftButton);
        QVERIFY(overlay->isDrawing());
        QCOMPARE(page->cursor().shape(), Qt::CrossCursor);
        drag(page, from, to);

        const QVector<Redaction> rects = rectsOf(m_pdfId);
        QCOMPARE(rects.size(), 1);
        QCOMPARE(rects.at(0).page, 1);
        QVERIFY2(near(rects.at(0).area, QRectF(0.2, 0.25, 0.4, 0.15)),
                 qPrintable(describe(rects.at(0).area)));
        QVERIFY(hasEvent(m_pdfId, "redaction_add", rects.at(0).id));

        // The overlay shows it on page 1 only, where it was drawn.
        QCOMPARE(overlay->rectCount(), 1);
        const QVector<QRect> boxes = overlay->boxesOn(page);
        QCOMPARE(boxes.size(), 1);
        const QRect dragged = QRect(from, to);
        QVERIFY2(qAbs(boxes.at(0).left() - dragged.left()) <= 2 &&
                     qAbs(boxes.at(0).top() - dragged.top()) <= 2 &&
                     qAbs(boxes.at(0).right() - dragged.right()) <= 2 &&
                     qAbs(boxes.at(0).bottom() - dragged.bottom()) <= 2,
                 qPrintable(describe(boxes.at(0))));
        QVERIFY(overlay->boxesOn(pagesOf(*m_viewer).at(1)).isEmpty());

        // Drawn on screen (dark), while the rendered page itself stays blank there.
        const QRect inner = boxes.at(0).adjusted(6, 6, -6, -6);
        const double onScreen = meanGray(page->grab().toImage(), inner);
        const double rendered = meanGray(page->pixmap().toImage(), inner);
        QVERIFY2(onScreen < 120 && rendered > 230,
                 qPrintable(QStringLiteral("screen %1, pixmap %2").arg(onScreen).arg(rendered)));
        // A click (a drag of a pixel or two) adds nothing; a drag on page 2 is on page 2.
        drag(page, at(page, 0.7, 0.7), at(page, 0.7, 0.7) + QPoint(2, 2));
        PdfPageWidget *second = pagesOf(*m_viewer).at(1);
        drag(second, at(second, 0.5, 0.1), at(second, 0.9, 0.3));
        QVector<Redaction> now = rectsOf(m_pdfId);
        QCOMPARE(now.size(), 2);
        QCOMPARE(now.at(1).page, 2);
        QVERIFY2(near(now.at(1).area, QRectF(0.5, 0.1, 0.4, 0.2)),
                 qPrintable(describe(now.at(1).area)));
        QCOMPARE(overlay->boxesOn(second).size(), 1);
        QCOMPARE(overlay->boxesOn(page).size(), 1);

        // The box's context menu removes it (logged); the other stays.
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, boxes.at(0).center(),
                                    page->mapToGlobal(boxes.at(0).center()));
        QApplication::sendEvent(page, &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = page->findChild<QMenu *>(QStringLiteral("redactionContextMenu"))));
        auto *remove = menu->findChild<QAction *>(QStringLiteral("removeRedactionAction"));
        QVERIFY(remove);
        QCOMPARE(remove->text(), QStringLiteral("Remove redaction"));
        remove->trigger();
        menu->close();
        now = rectsOf(m_pdfId);
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.at(0).page, 2);
        QVERIFY(hasEvent(m_pdfId, "redaction_remove", rects.at(0).id));
        QCOMPARE(overlay->rectCount(), 1);
        QVERIFY(overlay->boxesOn(page).isEmpty());
        QTRY_VERIFY(meanGray(page->grab().toImage(), inner) > 230);

        // No menu where there is no box.
        QContextMenuEvent elsewhere(QContextMenuEvent::Mouse, at(page, 0.1, 0.9),
                                    page->mapToGlobal(at(page, 0.1, 0.9)));
        QApplication::sendEvent(page, &elsewhere);
        QTRY_VERIFY(!page->findChild<QMenu *>(QStringLiteral("redactionContextMenu")));

        QVERIFY(overlay->removeRedaction(now.at(0).id));
        QCOMPARE(rectsOf(m_pdfId).size(), 0);

        // Off again: the page's own cursor is back.
        QTest::mouseClick(tool, Qt::LeftButton);
        QVERIFY(!overlay->isDrawing());
        QCOMPARE(page->cursor().shape(), Qt::ArrowCursor);
        QVERIFY(m_library->custody().verify()->ok());
    }

    void imageDragMapsToTheUnrotatedImage()
    {
        m_viewer->setItem(m_library.get(), m_scanId);
        auto *canvas = m_viewer->findChild<QLabel *>(QStringLiteral("imageCanvas"));
        QVERIFY(canvas);
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->pixmap().isNull(), 30000);
        auto *overlay =
            m_viewer->findChild<RedactionOverlay *>(QStringLiteral("imageRedactionOverlay"));
        auto *tool = m_viewer->findChild<QToolButton *>(QStringLiteral("imageRedactAreaButton"));
        QVERIFY(overlay && tool && tool->isVisible());
        QTest::mouseClick(tool, Qt::LeftButton);
        QVERIFY(overlay->isDrawing());

        drag(canvas, at(canvas, 0.1, 0.2), at(canvas, 0.5, 0.6));
        QVector<Redaction> rects = rectsOf(m_scanId);
        QCOMPARE(rects.size(), 1);
        QCOMPARE(rects.at(0).page, 1);
        QVERIFY2(near(rects.at(0).area, QRectF(0.1, 0.2, 0.4, 0.4)),
                 qPrintable(describe(rects.at(0).area)));
        QVERIFY(hasEvent(m_scanId, "redaction_add", rects.at(0).id));
        QCOMPARE(overlay->boxesOn(canvas).size(), 1);

        // Turned right, the box turns with the image: x' = 1 − y, y' = x.
        QTest::mouseClick(
            m_viewer->findChild<QToolButton *>(QStringLiteral("imageRotateRightButton")),
            Qt::LeftButton);
        QVERIFY(overlay->isDrawing());
        const QRectF expected(0.4 * canvas->width(), 0.1 * canvas->height(), 0.4 * canvas->width(),
                              0.4 * canvas->height());
        QCOMPARE(overlay->boxesOn(canvas).size(), 1);
        const QRect turned = overlay->boxesOn(canvas).at(0);
        QVERIFY2(qAbs(turned.x() - expected.x()) <= 2 && qAbs(turned.y() - expected.y()) <= 2 &&
                     qAbs(turned.width() - expected.width()) <= 2 &&
                     qAbs(turned.height() - expected.height()) <= 2,
                 qPrintable(describe(turned)));

        // A drag on the turned image is stored in the image's own orientation.
        drag(canvas, at(canvas, 0.1, 0.2), at(canvas, 0.4, 0.5));
        rects = rectsOf(m_scanId);
        QCOMPARE(rects.size(), 2);
        QCOMPARE(rects.at(1).page, 1);
        QVERIFY2(near(rects.at(1).area, QRectF(0.2, 0.6, 0.3, 0.3)),
                 qPrintable(describe(rects.at(1).area)));

        // Removed through the box's menu, on the turned image.
        const QPoint centre = overlay->boxesOn(canvas).at(1).center();
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, centre, canvas->mapToGlobal(centre));
        QApplication::sendEvent(canvas, &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = canvas->findChild<QMenu *>(QStringLiteral("redactionContextMenu"))));
        menu->findChild<QAction *>(QStringLiteral("removeRedactionAction"))->trigger();
        menu->close();
        rects = rectsOf(m_scanId);
        QCOMPARE(rects.size(), 1);
        QVERIFY(near(rects.at(0).area, QRectF(0.1, 0.2, 0.4, 0.4)));
        QCOMPARE(overlay->rectCount(), 1);

        // Clearing the viewer (as on lock) turns the tool off.
        m_viewer->clear();
        QVERIFY(!tool->isChecked());
        QVERIFY(!overlay->isDrawing());
        QCOMPARE(overlay->rectCount(), 0);
        QVERIFY(m_library->custody().verify()->ok());
    }

    void rightToLeftStoresTheSameArea()
    {
        // The page is not mirrored in a right-to-left layout: the area is where it was drawn.
        m_viewer->setLayoutDirection(Qt::RightToLeft);
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 2, 30000);
        PdfPageWidget *page = pagesOf(*m_viewer).at(0);
        auto *tool = m_viewer->findChild<QToolButton *>(QStringLiteral("pdfRedactAreaButton"));
        QTest::mouseClick(tool, Qt::LeftButton);
        drag(page, at(page, 0.6, 0.25), at(page, 0.2, 0.40)); // right to left, too
        const QVector<Redaction> rects = rectsOf(m_pdfId);
        QCOMPARE(rects.size(), 1);
        QVERIFY2(near(rects.at(0).area, QRectF(0.2, 0.25, 0.4, 0.15)),
                 qPrintable(describe(rects.at(0).area)));
        auto *overlay =
            m_viewer->findChild<RedactionOverlay *>(QStringLiteral("pdfRedactionOverlay"));
        QVERIFY(overlay->removeRedaction(rects.at(0).id));
        QCOMPARE(rectsOf(m_pdfId).size(), 0);
    }

    /** Not a check: pictures of the PDF viewer with boxes (one over text), left to right
     *  and right to left, when AMANAT_REDACTION_SHOT names the first file. */
    void screenshot()
    {
        const QString path = QString::fromLocal8Bit(qgetenv("AMANAT_REDACTION_SHOT"));
        if (path.isEmpty())
            QSKIP("AMANAT_REDACTION_SHOT is not set");
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            m_viewer->setLayoutDirection(direction);
            m_viewer->setItem(m_library.get(), m_pdfId);
            QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 2, 30000);
            PdfPageWidget *page = pagesOf(*m_viewer).at(0);
            QTRY_VERIFY_WITH_TIMEOUT(page->hasPixmap(), 30000);
            QTest::mouseClick(
                m_viewer->findChild<QToolButton *>(QStringLiteral("pdfRedactAreaButton")),
                Qt::LeftButton);
            drag(page, at(page, 0.18, 0.012), at(page, 0.35, 0.045)); // "the informant"
            drag(page, at(page, 0.2, 0.25), at(page, 0.6, 0.40));
            QCOMPARE(rectsOf(m_pdfId).size(), 2);
            QString file = path;
            if (direction == Qt::RightToLeft)
                file.replace(QStringLiteral(".png"), QStringLiteral("-rtl.png"));
            QVERIFY(m_viewer->grab().save(file));
            auto *overlay =
                m_viewer->findChild<RedactionOverlay *>(QStringLiteral("pdfRedactionOverlay"));
            for (const Redaction &r : rectsOf(m_pdfId))
                QVERIFY(overlay->removeRedaction(r.id));
        }
    }

    void textRedactionsAreNotDrawn()
    {
        QVERIFY(m_library->redactions().addText(m_pdfId, QStringLiteral("informant")).ok());
        m_viewer->setItem(m_library.get(), m_pdfId);
        QTRY_COMPARE_WITH_TIMEOUT(pagesOf(*m_viewer).size(), 2, 30000);
        auto *overlay =
            m_viewer->findChild<RedactionOverlay *>(QStringLiteral("pdfRedactionOverlay"));
        QCOMPARE(overlay->rectCount(), 0);
        QVERIFY(overlay->boxesOn(pagesOf(*m_viewer).at(0)).isEmpty());
    }

    void pageToWidgetTurnsClockwise()
    {
        const QSizeF size(200, 100);
        const QRectF area(0.1, 0.2, 0.3, 0.4);
        QCOMPARE(RedactionOverlay::pageToWidget(size, 0).mapRect(area), QRectF(20, 20, 60, 40));
        QCOMPARE(RedactionOverlay::pageToWidget(size, 90).mapRect(area),
                 QRectF(80, 10, 80, 30)); // x' = (1 − y)·w, y' = x·h
        QCOMPARE(RedactionOverlay::pageToWidget(size, 180).mapRect(area), QRectF(120, 40, 60, 40));
        QCOMPARE(RedactionOverlay::pageToWidget(size, 270).mapRect(area),
                 QRectF(40, 60, 80, 30)); // x' = y·w, y' = (1 − x)·h
        for (int rotation : {0, 90, 180, 270}) {
            const QTransform t = RedactionOverlay::pageToWidget(size, rotation);
            QVERIFY(near(t.inverted().mapRect(t.mapRect(area)), area, 1e-9));
        }
    }

private:
    QVector<Redaction> rectsOf(qint64 itemId) const
    {
        QVector<Redaction> out;
        auto all = m_library->redactions().forItem(itemId);
        if (!all.ok())
            return out;
        for (const Redaction &r : std::as_const(*all))
            if (r.kind == Redaction::Kind::Rect)
                out.append(r);
        return out;
    }

    bool hasEvent(qint64 itemId, const char *action, qint64 redactionId) const
    {
        auto events = m_library->custody().events(itemId);
        if (!events.ok())
            return false;
        for (const CustodyEvent &event : *events) {
            if (event.action == QLatin1String(action) &&
                qint64(event.details.value(QStringLiteral("redaction")).toDouble()) == redactionId)
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ItemViewer> m_viewer;
    qint64 m_pdfId = 0;
    qint64 m_scanId = 0;
};

QTEST_MAIN(TestViewersRedaction)
#include "tst_viewers_redaction.moc"
