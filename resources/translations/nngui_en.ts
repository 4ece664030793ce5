<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnswerCard</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/controls.py" line="+466"/>
        <source>{0} of %n situations right</source>
        <translation>
            <numerusform>{0} of %n situation right</numerusform>
            <numerusform>{0} of %n situations right</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramLegend</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/diagram_legend.py" line="+72"/>
        <source>showing the %Ln strongest of {0} weights</source>
        <translation>
            <numerusform>showing the %Ln strongest of {0} weights</numerusform>
            <numerusform>showing the %Ln strongest of {0} weights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Showing the %Ln strongest of {0} weights.</source>
        <translation>
            <numerusform>Showing the %Ln strongest of {0} weights.</numerusform>
            <numerusform>Showing the %Ln strongest of {0} weights.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagramReading</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/diagram_reading.py" line="+65"/>
        <source>%Ln inputs</source>
        <translation>
            <numerusform>%Ln input</numerusform>
            <numerusform>%Ln inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>hidden layer {0}, %Ln neurons</source>
        <translation>
            <numerusform>hidden layer {0}, %Ln neuron</numerusform>
            <numerusform>hidden layer {0}, %Ln neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln outputs</source>
        <translation>
            <numerusform>%Ln output</numerusform>
            <numerusform>%Ln outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln weights: the arrow keys walk through them.</source>
        <translation>
            <numerusform>%Ln weight: the arrow keys walk through it.</numerusform>
            <numerusform>%Ln weights: the arrow keys walk through them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/explain.py" line="+319"/>
        <location line="+6"/>
        <source>%Ln more rows</source>
        <translation>
            <numerusform>%Ln more row</numerusform>
            <numerusform>%Ln more rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <location line="+5"/>
        <source>%Ln more columns</source>
        <translation>
            <numerusform>%Ln more column</numerusform>
            <numerusform>%Ln more columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>(only the first %Ln rows and columns are copied; {0})</source>
        <translation>
            <numerusform>(only the first row and column are copied; {0})</numerusform>
            <numerusform>(only the first %Ln rows and columns are copied; {0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Showing {0} of the %Ln most recent iterations kept</source>
        <translation>
            <numerusform>Showing {0} of the %Ln most recent iteration kept</numerusform>
            <numerusform>Showing {0} of the %Ln most recent iterations kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>The first %n situations taken show their own adjustments at the end.</source>
        <translation>
            <numerusform>The first situation taken shows its own adjustments at the end.</numerusform>
            <numerusform>The first %n situations taken show their own adjustments at the end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+305"/>
        <source>… (%n more)</source>
        <translation>
            <numerusform>… (%n more)</numerusform>
            <numerusform>… (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileListModel</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/file_dialog.py" line="+115"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InputSpacePanel</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/input_space.py" line="+417"/>
        <source>Showing the first {0} of %Ln situations.</source>
        <translation>
            <numerusform>Showing the first {0} of %Ln situation.</numerusform>
            <numerusform>Showing the first {0} of %Ln situations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/main_window.py" line="+354"/>
        <source>&amp;Train {0} more</source>
        <translation>
            <numerusform>&amp;Train {0} more</numerusform>
            <numerusform>&amp;Train {0} more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../nngui/model/texts.py" line="+103"/>
        <source>{n} columns</source>
        <translation>
            <numerusform>{n} column</numerusform>
            <numerusform>{n} columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} situations</source>
        <translation>
            <numerusform>{n} situation</numerusform>
            <numerusform>{n} situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{n} expected outputs</source>
        <translation>
            <numerusform>{n} expected output</numerusform>
            <numerusform>{n} expected outputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} inputs</source>
        <translation>
            <numerusform>{n} input</numerusform>
            <numerusform>{n} inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} weight tables</source>
        <translation>
            <numerusform>{n} weight table</numerusform>
            <numerusform>{n} weight tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} rows</source>
        <translation>
            <numerusform>{n} row</numerusform>
            <numerusform>{n} rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} weights</source>
        <translation>
            <numerusform>{n} weight</numerusform>
            <numerusform>{n} weights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} neurons</source>
        <translation>
            <numerusform>{n} neuron</numerusform>
            <numerusform>{n} neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} bias vectors</source>
        <translation>
            <numerusform>{n} bias vector</numerusform>
            <numerusform>{n} bias vectors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} layers</source>
        <translation>
            <numerusform>{n} layer</numerusform>
            <numerusform>{n} layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{n} numbers</source>
        <translation>
            <numerusform>one number</numerusform>
            <numerusform>{n} numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>a number with {n} digits</source>
        <translation>
            <numerusform>a number with {n} digit</numerusform>
            <numerusform>a number with {n} digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>more than {n} situations; at most {m} are allowed</source>
        <translation>
            <numerusform>more than {n} situation; at most {m} are allowed</numerusform>
            <numerusform>more than {n} situations; at most {m} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} situations; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} situation; at most {m} are allowed</numerusform>
            <numerusform>{n} situations; at most {m} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{n} inputs; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} input; at most {m} are allowed</numerusform>
            <numerusform>{n} inputs; at most {m} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{n} entries; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} entry; at most {m} are allowed</numerusform>
            <numerusform>{n} entries; at most {m} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{n} characters; at most {m} are allowed</source>
        <translation>
            <numerusform>{n} character; at most {m} are allowed</numerusform>
            <numerusform>{n} characters; at most {m} are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>layer {layer} is too large: at most {n} inputs and neurons</source>
        <translation>
            <numerusform>layer {layer} is too large: at most {n} input and neuron</numerusform>
            <numerusform>layer {layer} is too large: at most {n} inputs and neurons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>layer {layer} has {neurons} but layer {next}&apos;s weights expect {n} inputs</source>
        <translation>
            <numerusform>layer {layer} has {neurons} but layer {next}&apos;s weights expect {n} input</numerusform>
            <numerusform>layer {layer} has {neurons} but layer {next}&apos;s weights expect {n} inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the bias of layer {layer} must be {n} numbers</source>
        <translation>
            <numerusform>the bias of layer {layer} must be {n} number</numerusform>
            <numerusform>the bias of layer {layer} must be {n} numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message numerus="yes">
        <location line="+36"/>
        <source>At most {n} situations are allowed</source>
        <translation>
            <numerusform>At most {n} situation is allowed</numerusform>
            <numerusform>At most {n} situations are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A situation needs {n} inputs, not {m}</source>
        <translation>
            <numerusform>A situation needs {n} input, not {m}</numerusform>
            <numerusform>A situation needs {n} inputs, not {m}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>At most {n} inputs are allowed</source>
        <translation>
            <numerusform>At most {n} input is allowed</numerusform>
            <numerusform>At most {n} inputs are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The riddle needs {n} numbers from 0 to 1</source>
        <translation>
            <numerusform>The riddle needs {n} number from 0 to 1</numerusform>
            <numerusform>The riddle needs {n} numbers from 0 to 1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Hidden layers: at most {n} layers are allowed</source>
        <translation>
            <numerusform>Hidden layers: at most {n} layer is allowed</numerusform>
            <numerusform>Hidden layers: at most {n} layers are allowed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nngui/qt/document.py" line="+204"/>
        <source>Change %Ln cells</source>
        <extracomment>The learning rules&apos; settings (issue 16) and the values each may take, the article&apos;s first.</extracomment>
        <translation>
            <numerusform>Change %Ln cell</numerusform>
            <numerusform>Change %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Paste %Ln cells</source>
        <translation>
            <numerusform>Paste %Ln cell</numerusform>
            <numerusform>Paste %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Change %Ln riddle inputs</source>
        <translation>
            <numerusform>Change %Ln riddle input</numerusform>
            <numerusform>Change %Ln riddle inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>Remove %Ln situations</source>
        <translation>
            <numerusform>Remove %Ln situation</numerusform>
            <numerusform>Remove %Ln situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Import %Ln situations</source>
        <translation>
            <numerusform>Import %Ln situation</numerusform>
            <numerusform>Import %Ln situations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptTexts</name>
    <message numerus="yes">
        <location filename="../../nngui/model/codegen.py" line="+61"/>
        <source>4. Repeat, {0} times.</source>
        <translation>
            <numerusform>4. Repeat, {0} time.</numerusform>
            <numerusform>4. Repeat, {0} times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsBar</name>
    <message numerus="yes">
        <location filename="../../nngui/model/texts.py" line="+24"/>
        <source>at most {n} hidden layers</source>
        <translation>
            <numerusform>at most {n} hidden layer</numerusform>
            <numerusform>at most {n} hidden layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/controls.py" line="-124"/>
        <source>%Ln it/s</source>
        <translation>
            <numerusform>%Ln it/s</numerusform>
            <numerusform>%Ln it/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SituationsView</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/grid.py" line="+457"/>
        <source>Copied %Ln cells</source>
        <translation>
            <numerusform>Copied %Ln cell</numerusform>
            <numerusform>Copied %Ln cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingProgressBar</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/progress.py" line="+123"/>
        <source>{0} of %Ln iterations of this run done.</source>
        <translation>
            <numerusform>{0} of %Ln iteration of this run done.</numerusform>
            <numerusform>{0} of %Ln iterations of this run done.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/session.py" line="+416"/>
        <source>Trained %Ln iterations.</source>
        <translation>
            <numerusform>Trained %Ln iteration.</numerusform>
            <numerusform>Trained %Ln iterations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Training stopped after %Ln iterations.</source>
        <translation>
            <numerusform>Training stopped after %Ln iteration.</numerusform>
            <numerusform>Training stopped after %Ln iterations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/status.py" line="+65"/>
        <source>%Ln iterations/s</source>
        <translation>
            <numerusform>%Ln iteration/s</numerusform>
            <numerusform>%Ln iterations/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TruthTablePanel</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/truth_table.py" line="+383"/>
        <source>The network has %Ln inputs but the situations have {0}.</source>
        <translation>
            <numerusform>The network has %Ln input but the situations have {0}.</numerusform>
            <numerusform>The network has %Ln inputs but the situations have {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Too many inputs for a truth table: %Ln inputs would need 2^%n rows. A truth table is shown for up to {0} inputs.</source>
        <translation>
            <numerusform>Too many inputs for a truth table: %Ln input would need 2^%n rows. A truth table is shown for up to {0} inputs.</numerusform>
            <numerusform>Too many inputs for a truth table: %Ln inputs would need 2^%n rows. A truth table is shown for up to {0} inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every combination of the %Ln inputs ({0}).</source>
        <translation>
            <numerusform>Every combination of the %Ln input ({0}).</numerusform>
            <numerusform>Every combination of the %Ln inputs ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>✓ marks the %Ln rows the network was trained on; the other rows show how it answers inputs it has never seen.</source>
        <translation>
            <numerusform>✓ marks the %Ln row the network was trained on; the other rows show how it answers inputs it has never seen.</numerusform>
            <numerusform>✓ marks the %Ln rows the network was trained on; the other rows show how it answers inputs it has never seen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightsPlot</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/weights_plot.py" line="+151"/>
        <source>The %Ln strongest weights at the last iteration are drawn</source>
        <translation>
            <numerusform>The strongest weight at the last iteration is drawn</numerusform>
            <numerusform>The %Ln strongest weights at the last iteration are drawn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ValueView</name>
    <message numerus="yes">
        <location filename="../../nngui/qt/widgets/grid.py" line="-206"/>
        <source>Switch %Ln cells</source>
        <translation>
            <numerusform>Switch %Ln cell</numerusform>
            <numerusform>Switch %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Clear %Ln cells</source>
        <translation>
            <numerusform>Clear %Ln cell</numerusform>
            <numerusform>Clear %Ln cells</numerusform>
        </translation>
    </message>
</context>
</TS>
