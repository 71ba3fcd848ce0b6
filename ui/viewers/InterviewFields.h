#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

class QCheckBox;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace amanat::ui {

/** The interview rows of a testimony's form, added to a QFormLayout: witness code, interview
 *  date and place, interviewer, interpreter, consent (court, advocacy, public) and its date.
 *  Shared by the testimony viewer and the New Testimony dialog, so both ask the same. Values
 *  are read and written by field name, as the core stores them. */
class InterviewFields
{
    Q_DECLARE_TR_FUNCTIONS(InterviewFields)

public:
    /** Adds the rows to @p form; widgets are children of @p parent. */
    InterviewFields(QFormLayout *form, QWidget *parent);

    void setValues(const QMap<QString, QString> &fields);
    /** Field name → value, "consent" as the ticked scopes joined by commas. */
    QMap<QString, QString> values() const;
    void clear();
    QLineEdit *edit(const QString &field) const { return m_edits.value(field); }
    /** Every editor and check box, to connect to a "changed" handler. */
    QList<QLineEdit *> edits() const { return m_edits.values(); }
    QList<QCheckBox *> checkBoxes() const { return m_consent.values(); }

private:
    QMap<QString, QLineEdit *> m_edits;
    QMap<QString, QCheckBox *> m_consent;
};

} // namespace amanat::ui
