//! The encrypted backup wrapper: a passphrase-protected envelope around a plain backup file.
//! The cryptography itself runs in the browser (WebCrypto: PBKDF2-SHA-256 → AES-256-GCM); this
//! module owns the file format and checks its parameters before any key is derived.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::import::ImportError;

pub const ENCRYPTED_FORMAT: &str = "expedite-guard-encrypted";
/// PBKDF2 iterations for new files (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Accepted on import: enough to resist guessing, not so many a hostile file can hang the tab.
pub const ITERATION_RANGE: std::ops::RangeInclusive<u32> = 100_000..=5_000_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    pub name: String,
    pub hash: String,
    pub iterations: u32,
    pub salt: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cipher {
    pub name: String,
    pub iv: String,
}

/// An encrypted backup file. The parameters travel with the data so any later version can
/// decrypt it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedFile {
    pub format: String,
    pub version: u32,
    pub kdf: Kdf,
    pub cipher: Cipher,
    /// AES-GCM output (ciphertext and tag), base64.
    pub ciphertext: String,
}

/// The decoded binary parts, checked and ready for WebCrypto.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedParts {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl EncryptedFile {
    pub fn new(iterations: u32, salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> EncryptedFile {
        EncryptedFile {
            format: ENCRYPTED_FORMAT.into(),
            version: 1,
            kdf: Kdf {
                name: "PBKDF2".into(),
                hash: "SHA-256".into(),
                iterations,
                salt: B64.encode(salt),
            },
            cipher: Cipher {
                name: "AES-GCM".into(),
                iv: B64.encode(iv),
            },
            ciphertext: B64.encode(ciphertext),
        }
    }

    pub fn to_json(&self) -> String {
        crate::domain::json::to_json(self).unwrap_or_default()
    }
}

/// Whether a file's text is an encrypted backup (cheap: looks at the `format` field only).
pub fn is_encrypted(text: &str) -> bool {
    crate::domain::json::format_of(text).as_deref() == Some(ENCRYPTED_FORMAT)
}

/// Reads an encrypted wrapper and checks every parameter before any work is spent on it.
pub fn parse_encrypted(text: &str) -> Result<SealedParts, ImportError> {
    let bad = |problem: &str, path: &str| ImportError::Field {
        path: path.to_string(),
        problem: problem.to_string(),
    };
    let file: EncryptedFile =
        crate::domain::json::from_json(text).map_err(|e| ImportError::Field {
            path: e.path,
            problem: e.problem,
        })?;
    if file.format != ENCRYPTED_FORMAT {
        return Err(ImportError::WrongFormat {
            found: Some(file.format),
        });
    }
    if file.version != 1 {
        return Err(ImportError::NewerSchema {
            found: u64::from(file.version),
            supported: 1,
        });
    }
    let unsupported = |path: &str, found: &str, supported: &'static str| ImportError::Unsupported {
        path: path.to_string(),
        found: found.chars().take(40).collect(),
        supported,
    };
    if file.cipher.name != "AES-GCM" {
        return Err(unsupported("$.cipher.name", &file.cipher.name, "AES-GCM"));
    }
    if file.kdf.name != "PBKDF2" {
        return Err(unsupported("$.kdf.name", &file.kdf.name, "PBKDF2"));
    }
    if file.kdf.hash != "SHA-256" {
        return Err(unsupported("$.kdf.hash", &file.kdf.hash, "SHA-256"));
    }
    if !ITERATION_RANGE.contains(&file.kdf.iterations) {
        return Err(bad("iterations out of range", "$.kdf.iterations"));
    }
    let salt = B64
        .decode(&file.kdf.salt)
        .map_err(|_| bad("not base64", "$.kdf.salt"))?;
    let iv = B64
        .decode(&file.cipher.iv)
        .map_err(|_| bad("not base64", "$.cipher.iv"))?;
    let ciphertext = B64
        .decode(&file.ciphertext)
        .map_err(|_| bad("not base64", "$.ciphertext"))?;
    if salt.len() != SALT_BYTES {
        return Err(bad("salt must be 16 bytes", "$.kdf.salt"));
    }
    if iv.len() != IV_BYTES {
        return Err(bad("iv must be 12 bytes", "$.cipher.iv"));
    }
    // AES-GCM appends a 16-byte tag: anything shorter was cut.
    if ciphertext.len() < 16 {
        return Err(bad("ciphertext too short", "$.ciphertext"));
    }
    Ok(SealedParts {
        iterations: file.kdf.iterations,
        salt,
        iv,
        ciphertext,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapper_round_trips_and_is_recognised() {
        let file = EncryptedFile::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 12], &[3; 40]);
        let text = file.to_json();
        assert!(is_encrypted(&text));
        assert!(!is_encrypted(r#"{"format":"expedite-guard-backup"}"#));
        assert!(!is_encrypted("not json"));
        let parts = parse_encrypted(&text).expect("valid");
        assert_eq!(parts.iterations, PBKDF2_ITERATIONS);
        assert_eq!(parts.salt, vec![1; 16]);
        assert_eq!(parts.iv, vec![2; 12]);
        assert_eq!(parts.ciphertext, vec![3; 40]);
    }

    #[test]
    fn hostile_parameters_are_refused_before_any_key_is_derived() {
        let mut file = EncryptedFile::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 12], &[3; 40]);
        file.kdf.iterations = 4_000_000_000;
        assert!(matches!(
            parse_encrypted(&file.to_json()),
            Err(ImportError::Field { .. })
        ));
        let short_iv = EncryptedFile::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 4], &[3; 40]);
        assert!(parse_encrypted(&short_iv.to_json()).is_err());
        let cut = EncryptedFile::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 12], &[3; 5]);
        assert!(parse_encrypted(&cut.to_json()).is_err());
        let mut bad = EncryptedFile::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 12], &[3; 40]);
        bad.ciphertext = "@@@".into();
        assert!(parse_encrypted(&bad.to_json()).is_err());
        assert!(parse_encrypted("{}").is_err());
    }
}
