import { reason } from '../kernel/errors.ts';

/** The server's own top-level messages: refusals of a request by the framework or Node, and failures of ours. */
export const serverMessages = {
  noRoute: (method: string, pathname: string) => reason(`no route ${method} ${pathname}`, `没有这个接口：${method} ${pathname}`),
  noSuchResource: reason('no such resource', '没有这个资源'),
  bodyTooLarge: reason('the request body is too large', '请求内容过大'),
  fileTooLarge: reason('the file is too large', '文件过大'),
  sendJson: reason('send JSON (application/json)', '请以 JSON（application/json）提交'),
  sendMultipart: reason('send the file as multipart/form-data', '请以 multipart/form-data 上传文件'),
  uriTooLong: reason('a part of the address is too long', '网址中有部分内容过长'),
  headersTooLarge: reason('the request line and headers are larger than the server accepts', '请求行和请求头超过服务器允许的大小'),
  requestTimeout: reason('the request took too long to arrive', '请求传输超时'),
  malformedHttp: reason('the request is not well-formed HTTP', '请求不是格式正确的 HTTP'),
  internal: reason('something went wrong on our side', '服务器内部出错，请稍后重试'),
};
