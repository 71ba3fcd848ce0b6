#include "ZipArchive.h"

#include <zip.h>

#include <algorithm>

namespace amanat {

namespace {

struct SourceDeleter
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};

struct FileDeleter
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

/** zip_error_t needs zip_error_fini on every path. */
class ZipError
{
public:
    ZipError() { zip_error_init(&m_error); }
    ~ZipError() { zip_error_fini(&m_error); }
    ZipError(const ZipError &) = delete;
    ZipError &operator=(const ZipError &) = delete;
    zip_error_t *get() { return &m_error; }

private:
    zip_error_t m_error;
};

constexpr qint64 kChunk = 64 * 1024;

} // namespace

void ZipArchive::ArchiveDeleter::operator()(zip *archive) const
{
    zip_discard(archive); // read-only: nothing to write back
}

ZipArchive::ZipArchive(const QByteArray &data, qint64 budget) : m_data(data), m_budget(budget) {}

ZipArchive::~ZipArchive() = default;

std::unique_ptr<ZipArchive> ZipArchive::open(const QByteArray &data, qint64 budget)
{
    if (data.isEmpty())
        return nullptr;
    std::unique_ptr<ZipArchive> archive(new ZipArchive(data, budget));
    ZipError error;
    std::unique_ptr<zip_source_t, SourceDeleter> source(zip_source_buffer_create(
        archive->m_data.constData(), zip_uint64_t(archive->m_data.size()), 0, error.get()));
    if (!source)
        return nullptr;
    zip_t *handle = zip_open_from_source(source.get(), ZIP_RDONLY, error.get());
    if (!handle)
        return nullptr; // the source is still ours and freed here
    source.release();   // now owned by the archive
    archive->m_archive.reset(handle);
    return archive;
}

qint64 ZipArchive::entryCount() const
{
    return qint64(zip_get_num_entries(m_archive.get(), 0));
}

QStringList ZipArchive::names() const
{
    QStringList result;
    const qint64 count = std::min<qint64>(entryCount(), kMaxEntries);
    for (qint64 i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_archive.get(), zip_uint64_t(i), 0))
            result << QString::fromUtf8(name);
    }
    return result;
}

bool ZipArchive::contains(const QString &name) const
{
    return zip_name_locate(m_archive.get(), name.toUtf8().constData(), 0) >= 0;
}

ZipArchive::Entry ZipArchive::read(const QString &name)
{
    Entry entry;
    const zip_int64_t index = zip_name_locate(m_archive.get(), name.toUtf8().constData(), 0);
    if (index < 0)
        return entry;

    const qint64 remaining = m_budget - m_inflated;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive.get(), zip_uint64_t(index), 0, &stat) != 0) {
        entry.status = Status::Damaged;
        return entry;
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
        entry.status = Status::Encrypted;
        return entry;
    }
    // Refuse what the archive itself admits is a bomb before inflating a byte.
    if (stat.valid & ZIP_STAT_SIZE) {
        const bool tooLarge = stat.size > zip_uint64_t(remaining);
        const bool absurdRatio =
            (stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > zip_uint64_t(kRatioCheckedAbove) &&
            stat.size / std::max<zip_uint64_t>(stat.comp_size, 1) > zip_uint64_t(kMaxRatio);
        if (tooLarge || absurdRatio) {
            entry.status = Status::Bomb;
            return entry;
        }
    }

    std::unique_ptr<zip_file_t, FileDeleter> file(
        zip_fopen_index(m_archive.get(), zip_uint64_t(index), 0));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_archive.get()));
        entry.status =
            (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP)
                ? Status::Encrypted
                : Status::Damaged;
        return entry;
    }

    // The declared size is only a hint: beyond it nothing more is kept (an honest entry never
    // exceeds it), but inflating goes on against the budget to tell a bomb from damage.
    const bool sizeKnown = stat.valid & ZIP_STAT_SIZE;
    if (sizeKnown)
        entry.data.reserve(qsizetype(std::min<zip_uint64_t>(stat.size, zip_uint64_t(remaining))));
    zip_uint64_t entryBytes = 0;
    bool overran = false;
    char buffer[kChunk];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0) {
            entry.status = Status::Damaged;
            entry.data.clear();
            return entry;
        }
        if (n == 0)
            break;
        m_inflated += n;
        entryBytes += zip_uint64_t(n);
        if (m_inflated > m_budget) {
            entry.status = Status::Bomb;
            entry.data.clear();
            return entry;
        }
        overran = overran || (sizeKnown && entryBytes > stat.size);
        if (overran)
            entry.data.clear();
        else
            entry.data.append(buffer, qsizetype(n));
    }
    if (overran) {
        entry.status = Status::Damaged;
        entry.data.squeeze();
        return entry;
    }
    entry.status = Status::Ok;
    return entry;
}

} // namespace amanat
