#include "HelperIo.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace amanat::helperio {

bool readExactly(char *buffer, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::read(STDIN_FILENO, buffer + done, std::size_t(size - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool skip(qint64 size)
{
    char buffer[64 * 1024];
    while (size > 0) {
        const qint64 part = std::min<qint64>(size, qint64(sizeof buffer));
        if (!readExactly(buffer, part))
            return false;
        size -= part;
    }
    return true;
}

bool readHeader(QByteArray &line)
{
    constexpr int kMaxHeader = 64 * 1024;
    char c = 0;
    while (line.size() < kMaxHeader) {
        if (::read(STDIN_FILENO, &c, 1) != 1)
            return false;
        if (c == '\n')
            return true;
        line.append(c);
    }
    return false;
}

void writeLine(const QJsonObject &json)
{
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace amanat::helperio
