#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

struct zip; // libzip's archive handle; libzip's header stays inside ZipArchive.cpp

namespace amanat {

/** A zip archive read from memory, for the document extractors (.docx, .odt).
 *
 *  The archive is untrusted, so it is read under one inflation budget: every byte
 *  inflated from any entry counts against it. An entry whose declared size does not fit
 *  the rest of the budget, or which claims an absurd compression ratio, is refused before
 *  anything is inflated; and since declared sizes can lie, reading also stops as soon as
 *  the budget is spent. Nothing is written to disk. */
class ZipArchive
{
public:
    enum class Status
    {
        Ok,
        Missing,   ///< no entry of that name
        Bomb,      ///< the entry expands beyond the budget or at an absurd ratio
        Encrypted, ///< the entry needs a password
        Damaged,   ///< the entry could not be inflated (bad data, CRC, unknown method)
    };

    struct Entry
    {
        Status status = Status::Missing;
        QByteArray data;
    };

    static constexpr qint64 kDefaultBudget = qint64(64) << 20;
    static constexpr qint64 kRatioCheckedAbove = qint64(1) << 20;
    static constexpr qint64 kMaxRatio = 200;
    static constexpr int kMaxEntries = 20000;

    /** Opens @p data (kept as a shared copy); nullptr when it is not a readable zip. */
    static std::unique_ptr<ZipArchive> open(const QByteArray &data, qint64 budget = kDefaultBudget);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /** Number of entries in the central directory (as the archive declares it). */
    qint64 entryCount() const;
    /** Entry names, at most kMaxEntries of them. */
    QStringList names() const;
    bool contains(const QString &name) const;
    /** Inflates entry @p name, counting against the budget. */
    Entry read(const QString &name);

    qint64 budget() const { return m_budget; }
    qint64 inflated() const { return m_inflated; }

private:
    struct ArchiveDeleter
    {
        void operator()(zip *archive) const;
    };

    ZipArchive(const QByteArray &data, qint64 budget);

    QByteArray m_data; // libzip reads from this buffer without copying
    std::unique_ptr<zip, ArchiveDeleter> m_archive;
    qint64 m_budget = 0;
    qint64 m_inflated = 0;
};

} // namespace amanat
