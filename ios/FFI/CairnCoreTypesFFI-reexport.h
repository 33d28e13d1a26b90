// The C module CairnCoreTypesFFI (see module.modulemap): CairnCoreTypesFFI.h belongs to the
// module CairnCoreFFI, so this include becomes an import of CairnCoreFFI, which the module map
// re-exports. Nothing is declared here.
#include "CairnCoreTypesFFI.h"
