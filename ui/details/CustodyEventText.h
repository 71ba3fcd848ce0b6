#pragma once

#include "custody/CustodyLog.h"

#include <QCoreApplication>
#include <QString>

namespace amanat::ui {

/** A custody event as a sentence a person reads ("Tagged “Reports/UN”.", "Filed as
 *  exhibit B1 of dossier 3, pages PFX-000005 to PFX-000009."), in the UI's language. An
 *  action it does not know reads as its name and details, so nothing is hidden. */
class CustodyEventText
{
    Q_DECLARE_TR_FUNCTIONS(CustodyEventText)

public:
    static QString sentence(const CustodyEvent &event);
};

} // namespace amanat::ui
