/**
 * The storage folder every photo is uploaded into, under the uploader's openid (`wishes/<openid>/<day>/…`),
 * whatever it is attached to (a wish, a fulfilment, a complaint, an answer, a department's report): the
 * functions accept a photo only inside the caller's own folder of it.
 */
export const PHOTO_FOLDER = 'wishes';
