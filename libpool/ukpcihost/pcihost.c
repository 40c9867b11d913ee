/* The class: what the driver found (uk/pcihost.h). */
#include <uk/pcihost.h>
#include "pcihost.h"

struct uk_pcihost _ukpcihost_found;

const struct uk_pcihost *uk_pcihost_get(void)
{
	return _ukpcihost_found.dev ? &_ukpcihost_found : 0;
}
