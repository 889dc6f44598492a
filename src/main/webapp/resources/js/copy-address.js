/*
 * The feed page's "Copy address" button: copies the address with the clipboard API and says so in the page's
 * language (the texts are data attributes of the button's wrapper, class lms-copy). Where the browser refuses
 * (no clipboard API, or an address that is not secure), the address field is selected and the person told to copy
 * it themselves; the field stays selectable either way.
 */
(function () {
    function init() {
        document.querySelectorAll('.lms-copy').forEach(function (wrapper) {
            var button = wrapper.querySelector('button');
            var field = document.getElementById(wrapper.dataset.field);
            var status = wrapper.querySelector('[role="status"]');
            button.addEventListener('click', function () {
                var failed = function () {
                    field.focus();
                    field.select();
                    status.textContent = wrapper.dataset.failed;
                };
                if (!navigator.clipboard || !window.isSecureContext) {
                    failed();
                    return;
                }
                navigator.clipboard.writeText(field.value).then(function () {
                    status.textContent = wrapper.dataset.copied;
                }, failed);
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
