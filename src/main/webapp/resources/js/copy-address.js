/*
 * The feed page's "Copy address" button: copies the address with the clipboard API and says so in the page's
 * language (the texts are data attributes of the button's wrapper, class lms-copy). Where the browser has no
 * clipboard API or refuses it (a page not served securely), the selected field is copied the older way; where that
 * fails too, the address stays selected and the person is told to copy it themselves.
 */
(function () {
    function init() {
        document.querySelectorAll('.lms-copy').forEach(function (wrapper) {
            var button = wrapper.querySelector('button');
            var field = document.getElementById(wrapper.dataset.field);
            var status = wrapper.querySelector('[role="status"]');
            button.addEventListener('click', function () {
                var copyTheOldWay = function () {
                    field.focus();
                    field.select();
                    var copied = false;
                    try {
                        copied = document.execCommand('copy');
                    } catch (e) {
                        copied = false;
                    }
                    status.textContent = copied ? wrapper.dataset.copied : wrapper.dataset.failed;
                };
                if (!navigator.clipboard || !window.isSecureContext) {
                    copyTheOldWay();
                    return;
                }
                navigator.clipboard.writeText(field.value).then(function () {
                    status.textContent = wrapper.dataset.copied;
                }, copyTheOldWay);
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
