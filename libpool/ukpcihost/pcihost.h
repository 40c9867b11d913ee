/* Private to ukpcihost: the class's record, which the driver fills in. */
#ifndef UKPCIHOST_PCIHOST_H
#define UKPCIHOST_PCIHOST_H

#include <uk/pcihost.h>

extern struct uk_pcihost _ukpcihost_found;

#endif
