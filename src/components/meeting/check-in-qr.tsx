import { Image } from '@tarojs/components';
import qrcode from 'qrcode-generator';
import { useMemo } from 'react';
import './meeting.scss';

/** The one seam to the QR library: the code itself, nothing else, so the desk's 扫码签到 reads it as typed. */
export function checkInQrDataUrl(code: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(code, 'Alphanumeric');
  qr.make();
  return qr.createDataURL(6, 2);
}

/** The check-in code as a QR code, for the staff at the door to scan. */
export function CheckInQr({ code }: { code: string }) {
  const src = useMemo(() => checkInQrDataUrl(code), [code]);
  return <Image className="gh-meeting-pass__qr" src={src} mode="aspectFit" aria-label="签到二维码" />;
}
