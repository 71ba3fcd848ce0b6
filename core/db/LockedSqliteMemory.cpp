#include "LockedSqliteMemory.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <sys/mman.h>

namespace amanat {

namespace {

/** A first-fit pool of 16-byte-aligned blocks in one locked mapping. SQLCipher asks for a
 *  handful of buffers per connection (contexts, keys, the key's hex spelling), of the same
 *  few sizes each time, so freed blocks are reused whole and never split or merged. */
class KeyPool
{
public:
    static constexpr std::size_t kBytes = 256 * 1024;

    bool map()
    {
        void *region =
            mmap(nullptr, kBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (region == MAP_FAILED)
            return false;
#ifdef MADV_DONTDUMP
        madvise(region, kBytes, MADV_DONTDUMP);
#endif
        m_base = static_cast<unsigned char *>(region);
        m_locked = mlock(m_base, kBytes) == 0;
        return true;
    }

    bool locked() const
    {
        return m_locked;
    }
    bool owns(const void *p) const
    {
        const auto *byte = static_cast<const unsigned char *>(p);
        return m_base && byte >= m_base && byte < m_base + kBytes;
    }

    void *allocate(std::size_t requested)
    {
        const std::size_t capacity = roundUp(std::max<std::size_t>(requested, 1));
        std::lock_guard<std::mutex> guard(m_mutex);
        Header **link = &m_free;
        for (Header *block = m_free; block; link = &block->next, block = block->next) {
            if (block->capacity >= capacity) {
                *link = block->next;
                return take(block);
            }
        }
        if (m_top + sizeof(Header) + capacity > kBytes)
            return nullptr; // full: the caller falls back to SQLite's allocator
        auto *block = reinterpret_cast<Header *>(m_base + m_top);
        block->capacity = capacity;
        m_top += sizeof(Header) + capacity;
        return take(block);
    }

    void release(void *p)
    {
        Header *block = headerOf(p);
        std::lock_guard<std::mutex> guard(m_mutex);
        sodium_memzero(p, block->capacity);
        m_inUse -= block->capacity;
        block->next = m_free;
        m_free = block;
        // SQLCipher unlocks the pages of a buffer just before freeing it, and munlock is not
        // counted: lock the pool again so its other keys stay out of swap.
        if (m_locked)
            mlock(m_base, kBytes);
    }

    std::size_t capacityOf(void *p) const
    {
        return headerOf(p)->capacity;
    }
    std::size_t inUse() const
    {
        return m_inUse;
    }
    std::size_t peak() const
    {
        return m_peak;
    }

private:
    struct alignas(16) Header
    {
        std::size_t capacity;
        Header *next;
    };
    static_assert(sizeof(Header) == 16, "blocks must stay 16-byte aligned");

    static std::size_t roundUp(std::size_t n)
    {
        return (n + 15) & ~std::size_t(15);
    }
    static Header *headerOf(void *p)
    {
        return static_cast<Header *>(p) - 1;
    }

    void *take(Header *block)
    {
        block->next = nullptr;
        m_inUse += block->capacity;
        m_peak = std::max(m_peak, m_inUse);
        return block + 1;
    }

    unsigned char *m_base = nullptr;
    bool m_locked = false;
    std::mutex m_mutex;
    Header *m_free = nullptr;
    std::size_t m_top = 0;
    std::size_t m_inUse = 0;
    std::size_t m_peak = 0;
};

KeyPool g_pool;
sqlite3_mem_methods g_default{};
bool g_installed = false;
thread_local int t_scopeDepth = 0;

void *lockedMalloc(int n)
{
    if (t_scopeDepth > 0 && n > 0) {
        if (void *p = g_pool.allocate(std::size_t(n)))
            return p;
    }
    return g_default.xMalloc(n);
}

void lockedFree(void *p)
{
    if (g_pool.owns(p))
        g_pool.release(p);
    else
        g_default.xFree(p);
}

int lockedSize(void *p)
{
    return g_pool.owns(p) ? int(g_pool.capacityOf(p)) : g_default.xSize(p);
}

void *lockedRealloc(void *p, int n)
{
    if (!g_pool.owns(p))
        return g_default.xRealloc(p, n);
    // A buffer that held a secret keeps its new size in the pool when there is room.
    void *moved = g_pool.allocate(std::size_t(n));
    if (!moved)
        moved = g_default.xMalloc(n);
    if (!moved)
        return nullptr;
    std::memcpy(moved, p, std::min(g_pool.capacityOf(p), std::size_t(n)));
    g_pool.release(p);
    return moved;
}

int lockedRoundup(int n)
{
    return g_default.xRoundup(n);
}

int lockedInit(void *)
{
    return g_default.xInit(g_default.pAppData);
}

void lockedShutdown(void *)
{
    g_default.xShutdown(g_default.pAppData);
}

} // namespace

bool LockedSqliteMemory::install()
{
    static const bool installed = [] {
        if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_default) != SQLITE_OK || !g_pool.map())
            return false;
        static const sqlite3_mem_methods methods{lockedMalloc,   lockedFree,    lockedRealloc,
                                                 lockedSize,     lockedRoundup, lockedInit,
                                                 lockedShutdown, nullptr};
        g_installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
        return g_installed;
    }();
    return installed;
}

bool LockedSqliteMemory::active()
{
    return g_installed && g_pool.locked();
}

std::size_t LockedSqliteMemory::bytesInUse()
{
    return g_pool.inUse();
}

std::size_t LockedSqliteMemory::peakBytesInUse()
{
    return g_pool.peak();
}

LockedSqliteMemory::Scope::Scope()
{
    ++t_scopeDepth;
}

LockedSqliteMemory::Scope::~Scope()
{
    --t_scopeDepth;
}

} // namespace amanat
