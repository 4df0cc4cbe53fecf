/**
 * Errors answered on the admin protocol as `{ code, message, requestId }`. wx-server-sdk maps `code`
 * through its TCB_ERR_CODE table into errCode (unknown codes become -501001) and shows `message` as errMsg.
 */
export class TcbError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TcbError';
  }
}

const SUFFIX = 'Please check your request, but if the problem cannot be solved, contact us.';

export const dbErrors = {
  invalidParam: (detail: string) => new TcbError('INVALID_PARAM', `[InvalidParameter] ${detail}`),
  badQuery: (detail: string) => new TcbError('DATABASE_REQUEST_FAILED', `[FailedOperation] ${detail}`),
  unsupported: (feature: string) =>
    new TcbError('DATABASE_REQUEST_FAILED', `[FailedOperation.NotSupported] ${feature} is not supported by the local cloud`),
  duplicateId: (collection: string, id: unknown) =>
    new TcbError(
      'DATABASE_DUPLICATE_WRITE',
      `[DATABASE_DUPLICATE_WRITE] E11000 duplicate key error collection: ${collection} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
    ),
  collectionNotExist: () =>
    new TcbError('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist. ${SUFFIX}`),
  collectionExists: (collection: string) =>
    new TcbError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist. collection: ${collection}`),
  transactionConflict: () =>
    new TcbError(
      'DATABASE_TRANSACTION_CONFLICT',
      `[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. ${SUFFIX}`,
    ),
  /** MongoDB's PathNotViable (code 28): a dotted path runs through a null or scalar parent. */
  pathNotViable: (field: string, element: string) =>
    new TcbError('DATABASE_REQUEST_FAILED', `[FailedOperation] Cannot create field '${field}' in element {${element}}`),
  /** CloudBase refuses an update or remove whose query is missing or empty. */
  emptyQuery: () => new TcbError('INVALID_PARAM', "[InvalidParameter] param.query can't be empty"),
  notInTransaction: (operation: string) =>
    new TcbError(
      'INVALID_PARAM',
      `[InvalidParameter] ${operation} is not allowed in a transaction: only doc(id).get/set/update/remove and collection.add are`,
    ),
  /** A plain write waited for a transaction's document lock longer than the local cloud allows. */
  lockWaitTimeout: (collection: string, id: unknown, waitedMs: number) =>
    new TcbError(
      'DATABASE_TRANSACTION_CONFLICT',
      `[ResourceUnavailable.TransactionConflict] Document ${collection}/${JSON.stringify(id)} stayed locked by a transaction for ${waitedMs} ms; the write was not applied. ${SUFFIX}`,
    ),
  transactionNotExist: () =>
    new TcbError(
      'DATABASE_TRANSACTION_FAIL',
      `[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, it may have been committed, rolled back or expired. ${SUFFIX}`,
    ),
};

export const functionErrors = {
  notFound: (name: string) =>
    new TcbError('FUNCTIONS_REQUEST_FAIL', `[ResourceNotFound.Function] FunctionName parameter could not be found. function: ${name}`),
  executeFail: (detail: string) => new TcbError('FUNCTIONS_EXECUTE_FAIL', detail),
  timeout: (seconds: number) =>
    new TcbError('FUNCTIONS_EXECUTE_FAIL', `Invoking task timed out after ${seconds} seconds`),
};

export const storageErrors = {
  invalidPath: (path: string) => new TcbError('INVALID_PARAM', `[InvalidParameter] invalid cloudPath: ${path}`),
  notExist: () => new TcbError('STORAGE_FILE_NONEXIST', 'file not exist'),
};

export function unknownAction(action: string): TcbError {
  return new TcbError('INVALID_PARAM', `[InvalidParameter.Action] action ${action} is not supported by the local cloud`);
}

/** errCode values wx-server-sdk and the mini-program client derive from the codes above. */
export const ERR_CODES: Record<string, { errCode: number; text: string }> = {
  INVALID_PARAM: { errCode: -501007, text: 'invalid parameter' },
  SYS_ERR: { errCode: -501001, text: 'resource system error' },
  DATABASE_REQUEST_FAILED: { errCode: -502001, text: 'database request fail' },
  DATABASE_COLLECTION_NOT_EXIST: { errCode: -502005, text: 'database collection not exists' },
  STORAGE_FILE_NONEXIST: { errCode: -503003, text: 'storage file not exists' },
  FUNCTIONS_REQUEST_FAIL: { errCode: -504001, text: 'functions request fail' },
  FUNCTIONS_EXECUTE_FAIL: { errCode: -504002, text: 'functions execute fail' },
};

export function errCodeOf(code: string): { errCode: number; text: string } {
  return Object.hasOwn(ERR_CODES, code) ? ERR_CODES[code] : ERR_CODES.SYS_ERR;
}
