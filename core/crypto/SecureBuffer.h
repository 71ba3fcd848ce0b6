#pragma once

#include <QByteArray>

#include <cstddef>

namespace amanat {

/** Owns a block of secret bytes (keys, passphrases) in memory that libsodium
 *  locks against swapping, guards with canary pages and wipes when freed.
 *  Move-only: a secret is never copied by accident. */
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    /** Copies bytes into a new buffer and wipes @p source (a QByteArray that held a secret). */
    static SecureBuffer takeFrom(QByteArray &source);
    static SecureBuffer fromBytes(const void *data, std::size_t size);
    static SecureBuffer random(std::size_t size);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /** Shrinks the visible size (e.g. after reading a line shorter than the buffer). */
    void truncate(std::size_t size);
    bool equals(const SecureBuffer &other) const;
    void wipe();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/** Overwrites a QByteArray's bytes (best effort for secrets that passed through Qt types). */
void wipeBytes(QByteArray &bytes);

} // namespace amanat
