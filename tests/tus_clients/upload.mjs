// Uploads one file with tus-js-client and its default settings (one PATCH for the whole rest,
// retries after 0, 1, 3 and 5 s, resuming from the server's offset); prints the upload's URL.
// Usage: node upload.mjs ENDPOINT TOKEN FILE
import { readFileSync } from "node:fs";
import { Upload } from "tus-js-client";

const [endpoint, token, path] = process.argv.slice(2);
const upload = new Upload(readFileSync(path), {
  endpoint,
  headers: { Authorization: `Bearer ${token}` },
  metadata: { filename: "scan.sealed" },
  onError: (error) => {
    console.error(`upload failed: ${error.message}`);
    process.exit(1);
  },
  onSuccess: () => {
    console.log(upload.url);
  },
});
upload.start();
