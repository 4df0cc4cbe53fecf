/** What the platform's picker tells about one chosen file (weapp: path and size; h5: also the MIME type). */
export interface ChosenFile {
  path: string;
  /** h5: the browser's MIME type ('image/jpeg', 'application/pdf'); weapp: absent. */
  type?: string;
  /** h5: the File itself, with its name. */
  originalFileObj?: { name?: string; type?: string };
}

const IMAGE_EXTENSIONS = /\.(jpe?g|png|gif|webp|heic|heif|bmp)$/i;

function mimeOf(file: ChosenFile): string {
  const fromFile = file.originalFileObj?.type;
  if (typeof fromFile === 'string' && fromFile) return fromFile;
  return typeof file.type === 'string' && file.type.includes('/') ? file.type : '';
}

/** A photo by its MIME type where the platform says it, else by its extension; a path without one is trusted. */
export function isImageFile(file: ChosenFile): boolean {
  const mime = mimeOf(file);
  if (mime) return mime.startsWith('image/');
  const name = file.originalFileObj?.name || file.path;
  const withoutQuery = name.split(/[?#]/)[0];
  const hasExtension = /\.[A-Za-z0-9]{1,5}$/.test(withoutQuery) && !/^blob:/.test(name);
  return !hasExtension || IMAGE_EXTENSIONS.test(withoutQuery);
}

/** 「报告.pdf」不是照片… — names the file when the platform gives its name. */
export function notImageMessage(files: readonly ChosenFile[]): string {
  const names = files.map((file) => file.originalFileObj?.name).filter((name): name is string => Boolean(name));
  const which = names.length === 1 ? `「${names[0]}」` : files.length > 1 ? `有${files.length}个文件` : '选的文件';
  return `${which}不是照片，没有添加。请选择 JPG、PNG 等格式的照片。`;
}
