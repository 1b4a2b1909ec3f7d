import sinon from 'sinon';

/** The clipboard takes what is written (restored by `sinon.restore()`); the stub records the text. */
export function stubClipboard(): sinon.SinonStub<[string], Promise<void>> {
  return sinon.stub(navigator.clipboard, 'writeText').resolves();
}

/** The clipboard refuses, as in an iframe without permission (restored by `sinon.restore()`). */
export function refuseClipboard(): sinon.SinonStub<[string], Promise<void>> {
  return sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
}

/**
 * Catches downloads (restored by `sinon.restore()`): the files a page saves through an object URL
 * and a clicked `<a download>`, which is not followed.
 */
export function captureDownloads(): { blobs: Blob[]; click: sinon.SinonStub } {
  const blobs: Blob[] = [];
  const createObjectURL = URL.createObjectURL.bind(URL);
  sinon.stub(URL, 'createObjectURL').callsFake((blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return createObjectURL(blob);
  });
  return { blobs, click: sinon.stub(HTMLAnchorElement.prototype, 'click') };
}
