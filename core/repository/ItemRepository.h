#pragma once

#include "custody/CustodyLog.h"
#include "TagRepository.h"
#include "common/Result.h"
#include "db/Database.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace amanat {

/** What is known of an item's original file. */
struct OriginalInfo
{
    bool present = false;
    QString sha256;
    qint64 size = 0;
    QString mime;
    QString name; ///< the file name it was imported from
    QString importedAt;
    int chunks = 0;
};

/** An item with its metadata. `fields` holds every field of ItemFields by name; the
 *  protected witness fields are included only when asked for explicitly. */
struct Item
{
    qint64 id = 0;
    QString kind;
    QMap<QString, QString> fields;
    OriginalInfo original;
    QStringList tags;
    QString createdAt;
    QString modifiedAt;
    QStringList protectedFieldsSet; ///< names of protected fields that hold a value

    QString field(const char *name) const { return fields.value(QString::fromLatin1(name)); }
};

/** Items, their metadata and the record of their originals. Mutations run in their
 *  own transaction (a savepoint when nested) and write their custody event in it. */
class ItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(ItemRepository)

public:
    enum class Protected
    {
        Hide,
        Include
    };

    ItemRepository(Database &db, CustodyLog &custody, TagRepository &tags, SearchIndex &index)
        : m_db(db), m_custody(custody), m_tags(tags), m_index(index)
    {}

    /** Creates an item and logs @p action ("create") for it. With an empty action nothing is
     *  logged: an import logs its event in recordOriginal(), once the bytes are known. */
    Result<qint64> create(const QString &kind, const QString &title, const QString &action,
                          const QJsonObject &details = {});
    /** Records an item's original and logs the "import" event with its hash and size. */
    Status recordOriginal(qint64 itemId, const OriginalInfo &original);

    Result<Item> get(qint64 id, Protected protectedFields = Protected::Hide) const;
    /** All items in id order, without protected fields. */
    Result<QVector<Item>> list() const;
    /** Up to @p limit items with an id greater than @p afterId, in id order, without
     *  protected fields: one page of a lazily loaded list (start with @p afterId 0). */
    Result<QVector<Item>> page(qint64 afterId, int limit) const;
    /** Items whose text fields or file name contain @p needle (case-insensitive). */
    Result<QVector<Item>> findContaining(const QString &needle) const;
    Result<std::optional<qint64>> findBySha256(const QString &sha256) const;
    Result<QVector<qint64>> idsWithOriginals() const;

    /** Sets fields by name after validating all of them; nothing changes if one is bad. */
    Status setFields(qint64 id, const QMap<QString, QString> &values);
    /** Deletes the item and everything it holds at once (the command line's delete). */
    Status remove(qint64 id);

    // Deleting in the desktop app: the items are hidden from every list, search and dossier
    // at once, and the deletion is logged, but their rows stay until the session ends so
    // that Undo can restore them. purgeDeleted() erases them when the library is locked or
    // next opened for writing.
    /** Hides @p ids and logs a "delete" event for each; all or nothing. */
    Status markDeleted(const QVector<qint64> &ids);
    /** Brings back items hidden by markDeleted() and logs "restore"; an id that was erased
     *  meanwhile is an error and nothing changes. */
    Status restoreDeleted(const QVector<qint64> &ids);
    /** Whether @p id is hidden, waiting to be erased. */
    Result<bool> isMarkedDeleted(qint64 id) const;
    /** Erases one hidden item for good (already logged); a no-op for a visible one. */
    Status eraseDeleted(qint64 id);
    /** Erases every hidden item for good; returns how many. */
    Result<int> purgeDeleted();

    /** Replaces the item's extracted text: @p pages[i] is page i + 1 of a paged document,
     *  or, when @p paged is false, the single text of an unpaged one (page 0). Reindexes the
     *  item and, when @p action is given, logs it with the page count. */
    Status setText(qint64 id, const QStringList &pages, bool paged, const QString &action);
    /** The extracted text: (page, text) in page order; page 0 is unpaged text. */
    Result<QVector<QPair<int, QString>>> text(qint64 id) const;

private:
    Result<QVector<Item>> query(const char *where, const QVariantList &binds,
                                Protected protectedFields) const;
    Status fillTags(QVector<Item> &items) const;

    Database &m_db;
    CustodyLog &m_custody;
    TagRepository &m_tags;
    SearchIndex &m_index;
};

} // namespace amanat
