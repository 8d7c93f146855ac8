#ifndef VIGIE_CLIBCSV_SHIM_H
#define VIGIE_CLIBCSV_SHIM_H
#include <csv.h>
#endif
