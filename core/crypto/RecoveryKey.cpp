#include "RecoveryKey.h"

#include <QCoreApplication>

namespace amanat {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford base-32
constexpr int kChars = RecoveryKey::kRandomBytes * 8 / 5;         // 32
constexpr int kPrintedLength = kChars + RecoveryKey::kGroups - 1; // with dashes

int crockfordValue(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<unsigned char>(c - 'a' + 'A');
    if (c == 'O')
        return 0;
    if (c == 'I' || c == 'L')
        return 1;
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == c)
            return i;
    }
    return -1;
}

} // namespace

SecureBuffer RecoveryKey::generate()
{
    SecureBuffer random = SecureBuffer::random(kRandomBytes);
    SecureBuffer printed(kPrintedLength);
    int bitBuffer = 0;
    int bits = 0;
    int written = 0;
    int chars = 0;
    for (int i = 0; i < kRandomBytes; ++i) {
        bitBuffer = (bitBuffer << 8) | random.data()[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (chars > 0 && chars % 4 == 0)
                printed.data()[written++] = '-';
            printed.data()[written++] =
                static_cast<unsigned char>(kAlphabet[(bitBuffer >> bits) & 31]);
            ++chars;
        }
        bitBuffer &= (1 << bits) - 1;
    }
    bitBuffer = 0;
    return printed;
}

Result<SecureBuffer> RecoveryKey::parse(const SecureBuffer &typed)
{
    SecureBuffer printed(kPrintedLength);
    int chars = 0;
    int written = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (c == ' ' || c == '-' || c == '\t' || c == '\r' || c == '\n')
            continue;
        const int value = crockfordValue(c);
        if (value < 0 || chars >= kChars)
            return makeError(
                ErrorCode::WrongSecret,
                RecoveryKey::tr("That is not a recovery key: it should be %1 groups of four "
                                "letters and digits.")
                    .arg(kGroups));
        if (chars > 0 && chars % 4 == 0)
            printed.data()[written++] = '-';
        printed.data()[written++] = static_cast<unsigned char>(kAlphabet[value]);
        ++chars;
    }
    if (chars != kChars)
        return makeError(
            ErrorCode::WrongSecret,
            RecoveryKey::tr("That is not a recovery key: it should be %1 groups of four "
                            "letters and digits.")
                .arg(kGroups));
    return printed;
}

} // namespace amanat
