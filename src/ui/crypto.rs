//! Passphrase encryption of backups with the browser's WebCrypto: PBKDF2-SHA-256 derives an
//! AES-256-GCM key from the passphrase and a random salt; GCM's tag makes a wrong passphrase
//! or a changed file fail loudly instead of yielding garbage.

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::backup::{EncryptedFile, SealedParts, IV_BYTES, PBKDF2_ITERATIONS, SALT_BYTES};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto (an insecure context or a very old browser).
    Unavailable,
    /// The passphrase is wrong, or the file was changed.
    WrongPassphrase,
    Failed(String),
}

fn subtle() -> Result<web_sys::SubtleCrypto, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    Ok(crypto.subtle())
}

fn random(n: usize) -> Result<Vec<u8>, CryptoError> {
    let mut bytes = vec![0u8; n];
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?
        .get_random_values_with_u8_array(&mut bytes)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(p?).await
}

fn failed(e: JsValue) -> CryptoError {
    CryptoError::Failed(format!("{e:?}"))
}

async fn derive_key(
    pass: &str,
    salt: &[u8],
    iterations: u32,
    usage: &str,
) -> Result<web_sys::CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(pass.as_bytes());
    let usages = js_sys::Array::of1(&"deriveKey".into());
    let base = wait(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages))
        .await
        .map_err(failed)?;
    let base: web_sys::CryptoKey = base.dyn_into().map_err(failed)?;
    let params = obj(&[
        ("name", "PBKDF2".into()),
        ("hash", "SHA-256".into()),
        ("iterations", JsValue::from(iterations)),
        ("salt", Uint8Array::from(salt).into()),
    ]);
    let target = obj(&[("name", "AES-GCM".into()), ("length", JsValue::from(256))]);
    let usages = js_sys::Array::of1(&usage.into());
    let key =
        wait(subtle.derive_key_with_object_and_object(&params, &base, &target, false, &usages))
            .await
            .map_err(failed)?;
    key.dyn_into().map_err(failed)
}

/// Encrypts a backup's text into the encrypted file's text.
pub async fn encrypt(plain: &str, pass: &str) -> Result<String, CryptoError> {
    let salt = random(SALT_BYTES)?;
    let iv = random(IV_BYTES)?;
    let key = derive_key(pass, &salt, PBKDF2_ITERATIONS, "encrypt").await?;
    let params = obj(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(iv.as_slice()).into()),
    ]);
    let sealed = wait(subtle()?.encrypt_with_object_and_u8_array(&params, &key, plain.as_bytes()))
        .await
        .map_err(failed)?;
    let sealed = Uint8Array::new(&sealed).to_vec();
    Ok(EncryptedFile::new(PBKDF2_ITERATIONS, &salt, &iv, &sealed).to_json())
}

/// Decrypts checked parts back to the backup's text.
pub async fn decrypt(parts: &SealedParts, pass: &str) -> Result<String, CryptoError> {
    let key = derive_key(pass, &parts.salt, parts.iterations, "decrypt").await?;
    let params = obj(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(parts.iv.as_slice()).into()),
    ]);
    let plain = wait(subtle()?.decrypt_with_object_and_u8_array(&params, &key, &parts.ciphertext))
        .await
        // GCM refuses to decrypt when the tag does not match: wrong passphrase or altered file.
        .map_err(|_| CryptoError::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::WrongPassphrase)
}
