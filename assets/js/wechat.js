/* WeChat's own browser (its user agent says MicroMessenger) cannot download files: a tap on a download link
   does nothing there, or shows a blank page. So in WeChat, each link marked data-download says beside it how to
   get the file. Elsewhere, and without JavaScript, the links stay as they are. Plain ES5 for old WeChat versions. */
(function () {
  'use strict';
  if (!/MicroMessenger/i.test(navigator.userAgent)) {
    return;
  }
  var links = document.querySelectorAll('a[data-download]');
  for (var i = 0; i < links.length; i++) {
    var note = document.createElement('span');
    note.className = 'wechat-download-note';
    note.textContent = '微信内无法下载，请点右上角 ··· 在浏览器打开';
    links[i].parentNode.insertBefore(note, links[i].nextSibling);
  }
})();
