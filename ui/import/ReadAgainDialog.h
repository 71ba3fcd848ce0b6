#pragma once

#include <QDialog>

namespace amanat::ui {

class OcrLanguageList;

/** "Read Text Again…": which OCR languages to read the selected items' scans and photos
 *  with, ticked from the installed ones (the library's own to begin with). */
class ReadAgainDialog : public QDialog
{
    Q_OBJECT

public:
    ReadAgainDialog(int itemCount, const QString &languages, QWidget *parent = nullptr);
    QString languages() const;

private:
    OcrLanguageList *m_languages = nullptr;
};

} // namespace amanat::ui
