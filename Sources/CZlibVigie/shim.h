// zlib for the workbook reader's own inflation (Debian: zlib1g-dev), with exact input bounds and a byte budget.
#include <zlib.h>
