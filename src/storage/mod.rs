//! IndexedDB storage.
