import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../../i18n/active';
import { prepCard } from '../../i18n/ja/prep-card';

/** A QR code of `text`, drawn on the device (the encoder loads lazily); black on white. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const m = useMessages(prepCard);
  const [qr, setQr] = useState<{ size: number; d: string } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('./qr').then(
      (qrModule) => live && setQr(qrModule.qrPath(text)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (failed) return <p class="muted small">{m.qrFailed(text)}</p>;
  if (!qr) return <p class="muted small">{m.qrMaking}</p>;
  // A quiet zone of 4 modules on every side, as the standard asks.
  const box = qr.size + 8;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      viewBox={`-4 -4 ${box} ${box}`}
      shape-rendering="crispEdges"
    >
      <rect x="-4" y="-4" width={box} height={box} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}
