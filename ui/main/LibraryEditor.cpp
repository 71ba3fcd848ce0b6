#include "LibraryEditor.h"

#include "details/SetFieldsCommand.h"
#include "items/DeleteItemsCommand.h"
#include "model/ItemFields.h"
#include "common/LibraryWrites.h"
#include "library/Library.h"
#include "tags/TagCommands.h"

#include <QUndoStack>

namespace amanat::ui {

QString parentTagPath(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

QString renamedTagPath(const QString &path, const QString &newName)
{
    const QString parent = parentTagPath(path);
    return parent.isEmpty() ? newName : parent + QLatin1Char('/') + newName;
}

QString movedTagPath(const QString &path, const QString &newParent)
{
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    return newParent.isEmpty() ? name : newParent + QLatin1Char('/') + name;
}

LibraryEditor::LibraryEditor(QObject *parent) : QObject(parent)
{
    m_stack = new QUndoStack(this);
    m_stack->setObjectName(QStringLiteral("undoStack"));
}

void LibraryEditor::setLibrary(Library *library)
{
    m_stack->clear();
    m_library = library;
}

bool LibraryEditor::push(QUndoCommand *command)
{
    const int before = m_stack->count();
    const int index = m_stack->index();
    m_stack->push(command);
    // A command whose redo failed marks itself obsolete and the stack drops it.
    return m_stack->count() > before || m_stack->index() != index;
}

bool LibraryEditor::check(const Status &status)
{
    if (!status.ok())
        reportFailure(status.error().message);
    return status.ok();
}

void LibraryEditor::reportFailure(const QString &message)
{
    Q_EMIT failed(message);
}

bool LibraryEditor::setFields(qint64 itemId, const QMap<QString, QString> &values)
{
    if (!m_library || values.isEmpty())
        return false;
    auto item = m_library->items().get(itemId);
    if (!check(item.ok() ? Status() : Status(item.error())))
        return false;
    QMap<QString, QString> before;
    QMap<QString, QString> after;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        // Checked before anything is pushed: a refused value must not cost the redo history.
        const FieldDef *field = ItemFields::find(it.key());
        if (!field || field->isProtected) {
            reportFailure(tr("%1 cannot be edited here.").arg(it.key()));
            return false;
        }
        auto value = ItemFields::normalise(*field, it.value());
        if (!check(value.ok() ? Status() : Status(value.error())))
            return false;
        const QString old = item->fields.value(it.key());
        if (old != *value) {
            before.insert(it.key(), old);
            after.insert(it.key(), *value);
        }
    }
    if (after.isEmpty())
        return true;
    return push(new SetFieldsCommand(this, itemId, before, after));
}

bool LibraryEditor::tagItems(const QVector<qint64> &itemIds, const QString &path)
{
    if (!m_library || itemIds.isEmpty())
        return false;
    return push(new TagItemsCommand(this, itemIds, path.trimmed(), true));
}

bool LibraryEditor::untagItems(const QVector<qint64> &itemIds, const QString &path)
{
    if (!m_library || itemIds.isEmpty())
        return false;
    return push(new TagItemsCommand(this, itemIds, path, false));
}

bool LibraryEditor::renameTag(const QString &path, const QString &newName)
{
    if (!m_library)
        return false;
    return push(new RenameTagCommand(this, path, newName.trimmed()));
}

bool LibraryEditor::moveTag(const QString &path, const QString &newParent)
{
    if (!m_library)
        return false;
    return push(new MoveTagCommand(this, path, newParent));
}

bool LibraryEditor::setTagColor(const QString &path, const QString &color)
{
    if (!m_library)
        return false;
    return push(new TagColorCommand(this, path, tagColor(path), color));
}

bool LibraryEditor::createTag(const QString &path)
{
    if (!m_library)
        return false;
    auto exists = m_library->tags().find(path.trimmed());
    if (exists.ok() && *exists) {
        reportFailure(tr("The tag %1 already exists.").arg(path.trimmed()));
        return false;
    }
    const QString trimmed = path.trimmed();
    const Status created = writeNow(*m_library, [trimmed](Library &writer) -> Status {
        auto done = writer.tags().ensureAll({{trimmed, QString()}}, QStringLiteral("tag_create"));
        return done.ok() ? Status() : Status(done.error());
    });
    if (!check(created))
        return false;
    Q_EMIT tagsChanged();
    return true;
}

bool LibraryEditor::mergeTags(const QString &source, const QString &target)
{
    if (!m_library || !check(writeNow(*m_library, [source, target](Library &writer) {
            return writer.tags().merge(source, target);
        })))
        return false;
    // Commands on the stack may name the merged tag; they can no longer be undone safely.
    m_stack->clear();
    Q_EMIT tagsChanged();
    Q_EMIT itemsChanged({});
    return true;
}

bool LibraryEditor::deleteTag(const QString &path)
{
    if (!m_library)
        return false;
    const Status removed = writeNow(*m_library, [path](Library &writer) -> Status {
        auto done = writer.tags().remove(path);
        return done.ok() ? Status() : Status(done.error());
    });
    if (!check(removed))
        return false;
    m_stack->clear();
    Q_EMIT tagsChanged();
    Q_EMIT itemsChanged({});
    return true;
}

Status LibraryEditor::applyFields(qint64 itemId, const QMap<QString, QString> &values)
{
    if (!m_library)
        return makeError(ErrorCode::NotFound, tr("The library is locked."));
    AMANAT_TRY(writeNow(*m_library, [itemId, values](Library &writer) {
        return writer.items().setFields(itemId, values);
    }));
    Q_EMIT itemsChanged({itemId});
    return {};
}

bool LibraryEditor::deleteItems(const QVector<qint64> &itemIds)
{
    if (!m_library || itemIds.isEmpty())
        return false;
    return push(new DeleteItemsCommand(this, itemIds));
}

Status LibraryEditor::applyDeletion(const QVector<qint64> &itemIds, bool deleted)
{
    if (!m_library)
        return makeError(ErrorCode::NotFound, tr("The library is locked."));
    AMANAT_TRY(writeNow(*m_library, [itemIds, deleted](Library &writer) {
        return deleted ? writer.items().markDeleted(itemIds)
                       : writer.items().restoreDeleted(itemIds);
    }));
    Q_EMIT itemSetChanged();
    Q_EMIT tagsChanged(); // their counts
    return {};
}

Status LibraryEditor::applyTagging(const QVector<qint64> &itemIds, const QString &path, bool add,
                                   QVector<qint64> *changed)
{
    if (!m_library)
        return makeError(ErrorCode::NotFound, tr("The library is locked."));
    const bool existed = [&] {
        auto found = m_library->tags().find(path);
        return found.ok() && found->has_value();
    }();
    auto tagged = writeNow(*m_library, [itemIds, path, add](Library &writer) {
        return add ? writer.tags().changeItemTags(itemIds, {path}, {})
                   : writer.tags().changeItemTags(itemIds, {}, {path});
    });
    if (!tagged.ok())
        return tagged.error();
    const QVector<qint64> done = *tagged;
    if (changed)
        *changed = done;
    if (!done.isEmpty() || !existed)
        Q_EMIT tagsChanged();
    if (!done.isEmpty())
        Q_EMIT itemsChanged(done);
    return {};
}

Status LibraryEditor::applyRename(const QString &path, const QString &newName)
{
    if (!m_library)
        return makeError(ErrorCode::NotFound, tr("The library is locked."));
    AMANAT_TRY(writeNow(*m_library, [path, newName](Library &writer) {
        return writer.tags().rename(path, newName);
    }));
    Q_EMIT tagsChanged();
    Q_EMIT itemsChanged({});
    return {};
}

Status LibraryEditor::applyMove(const QString &path, const QString &newParent)
{
    if (!m_library)
        return makeError(ErrorCode::NotFound, tr("The library is locked."));
    AMANAT_TRY(writeNow(*m_library, [path, newParent](Library &writer) {
        return writer.tags().move(path, newParent);
    }));
    Q_EMIT tagsChanged();
    Q_EMIT itemsChanged({});
    return {};
}

Status LibraryEditor::applyColor(const QString &path, const QString &color)
{
    if (!m_library)
        return makeError(ErrorCode::NotFound, tr("The library is locked."));
    AMANAT_TRY(writeNow(*m_library, [path, color](Library &writer) {
        return writer.tags().setColor(path, color);
    }));
    Q_EMIT tagsChanged();
    return {};
}

QString LibraryEditor::tagColor(const QString &path) const
{
    if (!m_library)
        return {};
    auto tags = m_library->tags().all();
    if (!tags.ok())
        return {};
    for (const Tag &tag : *tags)
        if (tag.path.compare(path, Qt::CaseInsensitive) == 0)
            return tag.color;
    return {};
}

} // namespace amanat::ui
