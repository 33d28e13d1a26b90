//! Feeds arbitrary bytes to every layer of the backup reader: the header parser, the MAC and
//! chunk opening (with a known file key, so no key derivation slows the fuzzer), and the payload
//! decoder. Any panic is a bug; every error must be a typed one.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // The pinned fixture (the seed corpus) was sealed with this file key, so it opens in full.
    if let Ok(payload) = cairn_core::backup::format::open_with_file_key(data, &[0x5A; 32]) {
        let _ = cairn_core::backup::payload::decode(&payload);
    }
    let _ = cairn_core::backup::payload::decode(data);
});
