#pragma once

#include "library/ItemRepository.h"

#include <QVector>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace amanat::ui {

/** Read-only metadata of one item: kind, title, dates, source, tags, original's SHA-256.
 *  Shows text as plain text (titles are never interpreted as HTML) and never shows
 *  protected fields. */
class ItemDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ItemDetailsWidget(QWidget *parent = nullptr);

    void showItem(const Item &item);
    void showMessage(const QString &message);
    void clear();

private:
    QLabel *addRow(const QString &label, const char *objectName);

    QFormLayout *m_form = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_fields = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_eventDate = nullptr;
    QLabel *m_place = nullptr;
    QLabel *m_sourceAuthor = nullptr;
    QLabel *m_sourceTitle = nullptr;
    QLabel *m_sourcePublished = nullptr;
    QLabel *m_sourceUrl = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_fileName = nullptr;
    QLabel *m_sha256 = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_modified = nullptr;
    QVector<QLabel *> m_values;
};

} // namespace amanat::ui
