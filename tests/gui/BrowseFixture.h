#pragma once

// A small real library (made through the core) shown in a real LibraryView, offscreen, for
// the browse, tag and search GUI tests.

#include "library/Library.h"
#include "main/LibraryView.h"
#include "sidebar/SidebarModel.h"
#include "sidebar/SidebarView.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace amanat::test {

struct SampleItem
{
    const char *kind;
    const char *title;
    const char *eventDate;
    const char *text; ///< extracted text, searchable
};

class BrowseFixture
{
public:
    /** Creates the library (no starter tags) with @p items, then shows it in a LibraryView. */
    bool create(const QString &program, const QVector<SampleItem> &items)
    {
        if (!m_dir.isValid())
            return false;
        QByteArray bytes("correct horse battery");
        auto created =
            Library::create(m_dir.filePath(QStringLiteral("Casework")),
                            SecureBuffer::takeFrom(bytes), program, Library::StarterTags::None);
        if (!created.ok()) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        library = std::move(created->library);
        for (const SampleItem &item : items) {
            auto id =
                library->items().create(QString::fromLatin1(item.kind),
                                        QString::fromUtf8(item.title), QStringLiteral("create"));
            if (!id.ok())
                return false;
            ids << *id;
            if (item.eventDate && !library->items()
                                       .setFields(*id, {{QStringLiteral("event_date"),
                                                         QString::fromLatin1(item.eventDate)}})
                                       .ok())
                return false;
            if (item.text && !library->items()
                                  .setText(*id, {QString::fromUtf8(item.text)}, false, QString())
                                  .ok())
                return false;
        }
        view = std::make_unique<ui::LibraryView>();
        sidebarTester = std::make_unique<QAbstractItemModelTester>(
            view->sidebar()->sidebarModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        view->resize(1300, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return false;
        view->setLibrary(library.get());
        return true;
    }

    ~BrowseFixture()
    {
        if (view)
            view->clear();
        sidebarTester.reset();
        view.reset();
        library.reset();
    }

    template <typename T> T *find(const char *name) const
    {
        auto *widget = view->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }

    ui::SidebarModel *sidebar() const { return view->sidebar()->sidebarModel(); }
    QTableView *table() const { return find<QTableView>("itemTable"); }

    /** The sidebar's count for a tag, or -2 when the tag is not there. */
    qint64 tagCount(const QString &path) const
    {
        const QModelIndex index = sidebar()->tagIndex(path);
        return index.isValid() ? index.data(ui::SidebarModel::CountRole).toLongLong() : -2;
    }

    /** The table row showing item @p id, or -1. */
    int rowOf(qint64 id) const
    {
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(Qt::UserRole + 1).toLongLong() == id)
                return row;
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Library> library;
    std::unique_ptr<ui::LibraryView> view;
    std::unique_ptr<QAbstractItemModelTester> sidebarTester;
    QVector<qint64> ids;
};

} // namespace amanat::test
