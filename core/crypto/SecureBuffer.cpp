#include "SecureBuffer.h"

#include "Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace amanat {

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size), m_capacity(size)
{
    ensureSodium();
    // sodium_malloc(0) is allowed but returns a guard-only region; keep one byte.
    m_data = static_cast<unsigned char *>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size == 0 ? 1 : size);
}

SecureBuffer::~SecureBuffer()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_capacity = std::exchange(other.m_capacity, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray &source)
{
    SecureBuffer buffer = fromBytes(source.constData(), std::size_t(source.size()));
    wipeBytes(source);
    return buffer;
}

SecureBuffer SecureBuffer::fromBytes(const void *data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size > 0)
        std::memcpy(buffer.m_data, data, size);
    return buffer;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    randombytes_buf(buffer.m_data, size);
    return buffer;
}

void SecureBuffer::truncate(std::size_t size)
{
    if (size < m_size) {
        sodium_memzero(m_data + size, m_size - size);
        m_size = size;
    }
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBuffer::wipe()
{
    if (m_data)
        sodium_memzero(m_data, m_capacity == 0 ? 1 : m_capacity);
    m_size = 0;
}

void wipeBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace amanat
