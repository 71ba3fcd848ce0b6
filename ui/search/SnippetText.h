#pragma once

#include <QString>
#include <QVector>

namespace amanat::ui {

/** A search snippet taken apart: the SnippetBuilder's HTML (escaped text with <mark>…</mark>
 *  around hits) as plain text plus the ranges of the hits. Any other tag is dropped as text
 *  would be; nothing is ever interpreted as rich text. */
struct SnippetText
{
    struct Range
    {
        int start;
        int length;
    };
    QString text;
    QVector<Range> marks;

    static SnippetText parse(const QString &html);
};

} // namespace amanat::ui
