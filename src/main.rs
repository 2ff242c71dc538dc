//! Entry point: installs the panic hook and mounts the app, nothing else.

fn main() {
    corredor::boot::install_panic_hook();
    corredor::boot::mount_app();
}
