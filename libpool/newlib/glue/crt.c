/* What a C runtime's crti/crtn would give newlib: __libc_init_array and
 * __libc_fini_array call _init/_fini around the init/fini arrays (which the
 * platform linker script provides). There is no .init/.fini code. */
void _init(void)
{
}

void _fini(void)
{
}
