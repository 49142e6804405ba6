// A local SMTP catcher for the end-to-end tests: the receiving service sends
// the booking e-mails here, never to a real relay. It keeps every message in
// memory and lists them as JSON over HTTP (GET /messaggi) for the tests.
//   node smtp-catcher.mjs SMTP_PORT HTTP_PORT
import net from 'node:net';
import http from 'node:http';

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
const messages = [];

net.createServer((socket) => {
  socket.setEncoding('utf8');
  let buffer = '';
  let inData = false;
  let message = '';
  socket.write('220 catcher ESMTP\r\n');
  socket.on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\r\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (inData) {
        if (line === '.') {
          inData = false;
          messages.push(message);
          message = '';
          socket.write('250 kept\r\n');
        } else {
          message += `${line}\r\n`;
        }
      } else if (/^DATA/i.test(line)) {
        inData = true;
        socket.write('354 go on\r\n');
      } else if (/^QUIT/i.test(line)) {
        socket.end('221 bye\r\n');
      } else {
        socket.write('250 ok\r\n');
      }
    }
  });
  socket.on('error', () => {});
}).listen(smtpPort, '127.0.0.1');

http.createServer((request, response) => {
  response.setHeader('Content-Type', 'application/json');
  response.end(JSON.stringify(messages));
}).listen(httpPort, '127.0.0.1');
