#include "cryptdetail_p.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <iterator>

namespace waymark::store::cryptdetail {

std::mutex g_mutex;
std::map<std::string, KeyPtr> g_keys;
QByteArray g_fixedSalt;
QByteArray g_fixedNonce;
std::atomic<bool> g_nonceFixed { false };

std::string canonicalPath(const std::string& path)
{
    char buf[PATH_MAX];
    if (realpath(path.c_str(), buf))
        return std::string(buf);
    const size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string(".")
        : slash == 0                                   ? std::string("/")
                                                       : path.substr(0, slash);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (!realpath(dir.c_str(), buf))
        return path;
    std::string out(buf);
    if (out != "/")
        out += '/';
    return out + name;
}

std::string canonicalPath(const QString& path)
{
    return canonicalPath(std::string(QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData()));
}

KeyPtr findKey(const std::string& canonical)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    const auto it = g_keys.find(canonical);
    return it == g_keys.end() ? nullptr : it->second;
}

void putKey(const std::string& canonical, KeyPtr key)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_keys[canonical] = std::move(key);
}

void freshNonce(unsigned char* nonce)
{
    if (g_nonceFixed.load(std::memory_order_relaxed)) {
        const std::lock_guard<std::mutex> lock(g_mutex);
        if (g_fixedNonce.size() == nonceBytes) {
            std::memcpy(nonce, g_fixedNonce.constData(), nonceBytes);
            return;
        }
    }
    randombytes_buf(nonce, nonceBytes);
}

bool deriveInto(unsigned char* out, const QByteArray& passphrase, const unsigned char* salt, unsigned char strength)
{
    if (strength >= std::size(limitsOf))
        return false;
    return crypto_pwhash(out, keyBytes, passphrase.constData(), size_t(passphrase.size()), salt, limitsOf[strength].ops,
               limitsOf[strength].mem, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

int pageSizeFromHeader(const unsigned char* header)
{
    const int p = (header[16] << 8) | header[17];
    const int size = p == 1 ? 65536 : p;
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0 ? size : 0;
}

quint32 be32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool isPowerOfTwoPage(int n)
{
    return n >= 512 && n <= 65536 && (n & (n - 1)) == 0;
}

namespace {
size_t makeAd(unsigned char* ad, Domain domain, quint64 position, const unsigned char* page1Head)
{
    static const char* const names[] = { "wm-db\0\0\0", "wm-wal\0\0", "wm-jrnl\0" };
    std::memcpy(ad, names[int(domain)], 8);
    for (int i = 0; i < 8; ++i)
        ad[8 + i] = static_cast<unsigned char>(position >> (8 * i));
    if (!page1Head)
        return 16;
    std::memcpy(ad + 16, page1Head, 24);
    return 40;
}
} // namespace

void sealPage(const Key& key, Domain domain, quint64 position, const unsigned char* in, unsigned char* out, int size)
{
    const bool page1 = domain == Domain::Db && position == 1;
    const int start = page1 ? 24 : 0;
    const int end = size - reserve;
    unsigned char* nonce = out + end;
    unsigned char* tag = nonce + nonceBytes;
    freshNonce(nonce);
    if (page1) {
        nonce[0] = key.strength;
        std::memcpy(out, key.salt, saltBytes);
        std::memcpy(out + 16, in + 16, 8);
    }
    unsigned char ad[40];
    const size_t adLen = makeAd(ad, domain, position, page1 ? out : nullptr);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        out + start, tag, nullptr, in + start, size_t(end - start), ad, adLen, nullptr, nonce, key.bytes);
}

bool openPage(const Key& key, Domain domain, quint64 position, const unsigned char* in, unsigned char* out, int size)
{
    const bool page1 = domain == Domain::Db && position == 1;
    const int start = page1 ? 24 : 0;
    const int end = size - reserve;
    unsigned char ad[40];
    unsigned char nonceTag[reserve];
    std::memcpy(nonceTag, in + end, reserve);
    const size_t adLen = makeAd(ad, domain, position, page1 ? in : nullptr);
    unsigned char head[8];
    if (page1)
        std::memcpy(head, in + 16, 8);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out + start, nullptr, in + start, size_t(end - start),
            nonceTag + nonceBytes, ad, adLen, nonceTag, key.bytes)
        != 0) {
        sodium_memzero(out, size_t(size));
        return false;
    }
    if (page1) {
        std::memcpy(out, sqliteMagic, 16);
        std::memcpy(out + 16, head, 8);
    }
    std::memset(out + end, 0, reserve);
    return true;
}

} // namespace waymark::store::cryptdetail
