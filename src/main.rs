//! Entry point: the wasm's allocator, the panic hook and the mount, nothing else.

// The wasm is single-threaded (no atomics): Talc's allocator for it is smaller than the
// standard library's dlmalloc (issue 21: bytes are the dead zone; docs/performance.md).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    corredor::boot::install_panic_hook();
    corredor::boot::mount_app();
}
