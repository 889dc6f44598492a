/*
 * Refuses a file of the wrong type or too large before it is sent, with the page's translated message at the upload
 * field, so the person hears at once. The types, the limit and the texts are data attributes of the field's
 * wrapper (class lms-upload); the server checks the same again (CsvFile), and its answer is the one that counts.
 */
var lmsUpload = {
    check: function (widget, file, callback) {
        var rules = widget.jq.closest('.lms-upload');
        var dot = file.name.lastIndexOf('.');
        var extension = dot < 0 ? '' : file.name.substring(dot + 1).toLowerCase();
        var problem = String(rules.data('types')).split(' ').indexOf(extension) < 0 ? rules.data('wrongType')
            : file.size > Number(rules.data('maxBytes')) ? rules.data('tooBig') : null;
        widget.clearMessages();
        if (problem) {
            widget.showMessage({summary: problem, filename: file.name, filesize: file.size});
            return;
        }
        callback(file);
    }
};
