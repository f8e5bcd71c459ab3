// dt-sql-parser 4.5.1 ships ESM with extensionless and directory imports, which Node's ESM loader refuses
// (ERR_UNSUPPORTED_DIR_IMPORT). Run scripts with `node --import ./register.mjs <script>` to install the fix.
import { register } from 'node:module';

register('./resolve-hook.mjs', import.meta.url);
