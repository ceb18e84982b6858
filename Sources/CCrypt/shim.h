// libxcrypt (libcrypt-dev): crypt_r and crypt_gensalt_rn for the salted password hash that
// cloud-init writes to /etc/shadow.
#include <crypt.h>
