#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace amanat {
class SecureBuffer;
}

namespace amanat::ui {

/** The one sheet of paper that holds a library's recovery key: what it is, the key in
 *  large monospace groups, and how to keep it. Printed or written to a PDF the user chose;
 *  the key never passes through any other file. */
class RecoveryKeySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)

public:
    /** Paints the sheet on @p device (a QPrinter or a QPdfWriter). */
    static bool paint(QPagedPaintDevice &device, const QString &libraryName,
                      const SecureBuffer &key);
    /** Asks for a printer and prints; false when cancelled or failed. */
    static bool print(QWidget *parent, const QString &libraryName, const SecureBuffer &key);
    /** Writes the sheet as a PDF to @p path (chosen by the user). */
    static bool savePdf(const QString &path, const QString &libraryName, const SecureBuffer &key);
    /** "ABCD-EFGH-…" as lines of groups for display, e.g. four groups a line. */
    static QString grouped(const SecureBuffer &key, int groupsPerLine);
};

} // namespace amanat::ui
