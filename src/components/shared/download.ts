/** Saves `text` as a file named `file` through the browser's download (nothing leaves the device); returns the file name. */
export function downloadText(file: string, text: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  // The download has started reading the blob by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return file;
}
