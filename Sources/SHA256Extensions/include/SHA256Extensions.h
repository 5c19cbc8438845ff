#ifndef POA_SHA256_EXTENSIONS_H
#define POA_SHA256_EXTENSIONS_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the x86 SHA extensions (and the SSSE3 and SSE4.1 they are used with):
/// non-zero when `poa_sha256_compress` may be called. Always zero on other architectures.
int poa_sha256_extensions_available(void);

/// Runs SHA-256's compression function over `blocks` 64-byte blocks at `data`, updating
/// `state` (the eight working words, H0 first) with the CPU's SHA instructions, many times
/// faster than portable code. Call only when `poa_sha256_extensions_available()`.
void poa_sha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
